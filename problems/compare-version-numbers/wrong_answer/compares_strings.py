# Bug: strips leading zeros but compares revisions as strings, so "9" > "10".
class Solution:
    def compareVersion(self, version1: str, version2: str) -> int:
        a = [r.lstrip("0") or "0" for r in version1.split(".")]
        b = [r.lstrip("0") or "0" for r in version2.split(".")]
        while len(a) < len(b):
            a.append("0")
        while len(b) < len(a):
            b.append("0")
        for x, y in zip(a, b):
            if x != y:
                return -1 if x < y else 1
        return 0

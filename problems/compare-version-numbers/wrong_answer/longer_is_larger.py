# Bug: after the common revisions, the version with more revisions is called larger, even
# when its extra revisions are all zero ("1.0" vs "1").
class Solution:
    def compareVersion(self, version1: str, version2: str) -> int:
        a = list(map(int, version1.split(".")))
        b = list(map(int, version2.split(".")))
        for x, y in zip(a, b):
            if x != y:
                return -1 if x < y else 1
        if len(a) == len(b):
            return 0
        return -1 if len(a) < len(b) else 1

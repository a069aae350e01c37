# Split both versions into revisions, pad the shorter one with zeros, compare as numbers (O(n) extra space).
class Solution:
    def compareVersion(self, version1: str, version2: str) -> int:
        first = [int(r) for r in version1.split(".")]
        second = [int(r) for r in version2.split(".")]
        length = max(len(first), len(second))
        first += [0] * (length - len(first))
        second += [0] * (length - len(second))
        for a, b in zip(first, second):
            if a != b:
                return -1 if a < b else 1
        return 0

class Solution:
    def compareVersion(self, version1, version2):
        """Revision by revision from the left, read digit by digit: no split, so O(1) extra space."""
        i = j = 0
        while i < len(version1) or j < len(version2):
            a, i = _revision(version1, i)
            b, j = _revision(version2, j)
            if a != b:
                return -1 if a < b else 1
        return 0


def _revision(version, start):
    """The value of the revision that starts at `start` (0 past the end), and where the next one starts."""
    value = 0
    while start < len(version) and version[start] != ".":
        value = value * 10 + int(version[start])
        start += 1
    return value, start + 1

# Bug: compares only as many revisions as the shorter version has, so "1.0.1" equals "1".
class Solution:
    def compareVersion(self, version1: str, version2: str) -> int:
        for x, y in zip(version1.split("."), version2.split(".")):
            if int(x) != int(y):
                return -1 if int(x) < int(y) else 1
        return 0

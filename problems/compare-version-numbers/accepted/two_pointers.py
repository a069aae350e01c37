class Solution:
    def compareVersion(self, version1: str, version2: str) -> int:
        # Read one revision's value from each string at a time; an exhausted string reads 0.
        i = j = 0
        while i < len(version1) or j < len(version2):
            a = 0
            while i < len(version1) and version1[i] != ".":
                a = a * 10 + ord(version1[i]) - 48
                i += 1
            b = 0
            while j < len(version2) and version2[j] != ".":
                b = b * 10 + ord(version2[j]) - 48
                j += 1
            if a != b:
                return -1 if a < b else 1
            i += 1
            j += 1
        return 0

# Breadth-first over the letters of s3: the set of (i, j) splits that can have produced s3's prefix so far.
class Solution:
    def isInterleave(self, s1: str, s2: str, s3: str) -> bool:
        if len(s1) + len(s2) != len(s3):
            return False
        reachable = {(0, 0)}
        for letter in s3:
            following = set()
            for i, j in reachable:
                if i < len(s1) and s1[i] == letter:
                    following.add((i + 1, j))
                if j < len(s2) and s2[j] == letter:
                    following.add((i, j + 1))
            if not following:
                return False
            reachable = following
        return True

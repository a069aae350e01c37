# Top-down over (i, j), letters used from s1 and s2, memoised; at most 101 * 101 states.
from functools import lru_cache


class Solution:
    def isInterleave(self, s1: str, s2: str, s3: str) -> bool:
        if len(s1) + len(s2) != len(s3):
            return False

        @lru_cache(maxsize=None)
        def can(i, j):
            if i == len(s1) and j == len(s2):
                return True
            letter = s3[i + j]
            return ((i < len(s1) and s1[i] == letter and can(i + 1, j))
                    or (j < len(s2) and s2[j] == letter and can(i, j + 1)))

        return can(0, 0)

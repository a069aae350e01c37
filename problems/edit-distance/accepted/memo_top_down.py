# Top-down over suffixes, memoised; the recursion goes m + n deep, so the limit is raised.
import sys
from functools import lru_cache


class Solution:
    def minDistance(self, word1: str, word2: str) -> int:
        sys.setrecursionlimit(10000)

        @lru_cache(maxsize=None)
        def distance(i, j):
            if i == len(word1):
                return len(word2) - j
            if j == len(word2):
                return len(word1) - i
            if word1[i] == word2[j]:
                return distance(i + 1, j + 1)
            return 1 + min(distance(i + 1, j), distance(i, j + 1), distance(i + 1, j + 1))

        return distance(0, 0)

# Counting directly: a path is m + n - 2 moves, and choosing which m - 1 of them go down fixes it.
from math import comb


class Solution:
    def uniquePaths(self, m: int, n: int) -> int:
        return comb(m + n - 2, m - 1)

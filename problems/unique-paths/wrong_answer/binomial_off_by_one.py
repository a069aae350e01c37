# Bug: chooses m of the m + n - 2 moves to go down instead of m - 1.
from math import comb


class Solution:
    def uniquePaths(self, m, n):
        return comb(m + n - 2, m)

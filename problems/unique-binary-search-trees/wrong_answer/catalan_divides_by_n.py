# Bug: the Catalan formula divided by n instead of n + 1.
from math import comb


class Solution:
    def numTrees(self, n):
        return comb(2 * n, n) // n

# The closed form: the n-th Catalan number, C(2n, n) / (n + 1), in exact integers.
from math import comb


class Solution:
    def numTrees(self, n: int) -> int:
        return comb(2 * n, n) // (n + 1)

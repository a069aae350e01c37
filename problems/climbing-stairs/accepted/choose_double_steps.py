# Counting by the number of double steps k: the n - k moves contain k twos in comb(n - k, k) orders.
from math import comb


class Solution:
    def climbStairs(self, n: int) -> int:
        return sum(comb(n - k, k) for k in range(n // 2 + 1))

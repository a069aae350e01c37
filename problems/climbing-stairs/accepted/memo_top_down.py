# Top-down: the ways to reach stair i, memoised so each stair is solved once.
from functools import lru_cache


class Solution:
    def climbStairs(self, n: int) -> int:
        @lru_cache(maxsize=None)
        def ways(i):
            if i <= 1:
                return 1
            return ways(i - 1) + ways(i - 2)

        return ways(n)

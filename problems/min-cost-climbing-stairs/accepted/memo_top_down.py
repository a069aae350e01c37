# Top-down: the cheapest way from step i to the top, memoised (recursion up to 1000 deep).
from functools import lru_cache


class Solution:
    def minCostClimbingStairs(self, cost: List[int]) -> int:
        n = len(cost)

        @lru_cache(maxsize=None)
        def from_step(i):
            if i >= n:
                return 0
            return cost[i] + min(from_step(i + 1), from_step(i + 2))

        return min(from_step(0), from_step(1))

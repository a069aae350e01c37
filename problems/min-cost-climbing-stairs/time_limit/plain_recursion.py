# Exponential: tries both moves from every step with no memo.
class Solution:
    def minCostClimbingStairs(self, cost: List[int]) -> int:
        n = len(cost)

        def from_step(i):
            if i >= n:
                return 0
            return cost[i] + min(from_step(i + 1), from_step(i + 2))

        return min(from_step(0), from_step(1))

class Solution:
    def minCostClimbingStairs(self, cost):
        """Bottom-up with two numbers: the least cost to stand on the previous two steps (including their fees)."""
        before, last = cost[0], cost[1]
        for fee in cost[2:]:
            before, last = last, fee + min(before, last)
        return min(before, last)

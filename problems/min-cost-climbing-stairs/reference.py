class Solution:
    def minCostClimbingStairs(self, cost):
        """Bottom-up with two numbers: the least cost to stand on the previous two steps (including their fees)."""
        before = last = 0  # the two free starting points, as if steps -2 and -1 cost nothing
        for fee in cost:
            before, last = last, fee + min(before, last)
        return min(before, last)

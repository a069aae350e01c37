# Bug: returns the cost of standing on the last step, as if the top could only be reached from it.
class Solution:
    def minCostClimbingStairs(self, cost: List[int]) -> int:
        best = list(cost)
        for i in range(2, len(cost)):
            best[i] += min(best[i - 1], best[i - 2])
        return best[-1]

# A table of the least cost to arrive at each step, fee not yet paid; the top is step n.
class Solution:
    def minCostClimbingStairs(self, cost: List[int]) -> int:
        arrive = [0] * (len(cost) + 1)
        for i in range(2, len(cost) + 1):
            arrive[i] = min(arrive[i - 1] + cost[i - 1], arrive[i - 2] + cost[i - 2])
        return arrive[-1]

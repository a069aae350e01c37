# Bug: does not check |target| <= sum, so a goal below zero indexes the table from its end.
class Solution:
    def findTargetSumWays(self, nums, target):
        total = sum(nums)
        if (total + target) % 2:
            return 0
        goal = (total + target) // 2
        ways = [1] + [0] * max(goal, 0)
        for x in nums:
            for s in range(goal, x - 1, -1):
                ways[s] += ways[s - x]
        return ways[goal]

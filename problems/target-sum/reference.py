class Solution:
    def findTargetSumWays(self, nums, target):
        """The plus-signed numbers add up to (sum + target) / 2: count the subsets with that sum."""
        total = sum(nums)
        if abs(target) > total or (total + target) % 2:
            return 0
        goal = (total + target) // 2
        ways = [1] + [0] * goal
        for x in nums:
            for s in range(goal, x - 1, -1):
                ways[s] += ways[s - x]
        return ways[goal]

# Bug: walks the sums upwards, so one number can be counted many times (unbounded knapsack).
class Solution:
    def canPartition(self, nums):
        total = sum(nums)
        if total % 2:
            return False
        half = total // 2
        reachable = [True] + [False] * half
        for x in nums:
            for s in range(x, half + 1):
                if reachable[s - x]:
                    reachable[s] = True
        return reachable[half]

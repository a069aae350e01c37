# Bug: aims at total // 2 without first checking that the total is even.
class Solution:
    def canPartition(self, nums):
        half = sum(nums) // 2
        reachable = [True] + [False] * half
        for x in nums:
            for s in range(half, x - 1, -1):
                if reachable[s - x]:
                    reachable[s] = True
        return reachable[half]

# The 0/1 knapsack table over sums up to half the total, walking the sums downwards.
class Solution:
    def canPartition(self, nums: List[int]) -> bool:
        total = sum(nums)
        if total % 2:
            return False
        half = total // 2
        reachable = [True] + [False] * half
        for x in nums:
            for s in range(half, x - 1, -1):
                if reachable[s - x]:
                    reachable[s] = True
            if reachable[half]:
                return True
        return reachable[half]

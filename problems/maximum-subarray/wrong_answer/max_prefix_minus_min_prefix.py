# Bug: the largest prefix sum minus the smallest, without checking that the smallest comes first.
class Solution:
    def maxSubArray(self, nums):
        prefix, prefixes = 0, [0]
        for value in nums:
            prefix += value
            prefixes.append(prefix)
        return max(prefixes) - min(prefixes) if max(nums) > 0 else max(nums)

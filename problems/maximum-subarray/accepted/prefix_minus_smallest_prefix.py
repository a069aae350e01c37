# Prefix sums: the best subarray ending at i is prefix[i + 1] minus the smallest prefix seen before it.
class Solution:
    def maxSubArray(self, nums: List[int]) -> int:
        best = nums[0]
        prefix = 0
        smallest_prefix = 0
        for value in nums:
            prefix += value
            best = max(best, prefix - smallest_prefix)
            smallest_prefix = min(smallest_prefix, prefix)
        return best

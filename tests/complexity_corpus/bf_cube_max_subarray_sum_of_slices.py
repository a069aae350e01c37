# complexity: O(n^3)
# space: O(n)
# kind: builtin-heavy
# problem: maximum-subarray
# brute: repeated slicing
class Solution:
    def maxSubArray(self, nums):
        best = nums[0]
        for start in range(len(nums)):
            for end in range(start + 1, len(nums) + 1):
                best = max(best, sum(nums[start:end]))
        return best

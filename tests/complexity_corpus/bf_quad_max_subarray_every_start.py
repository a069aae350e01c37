# complexity: O(n^2)
# space: O(1)
# kind: pure-python
# problem: maximum-subarray
# brute: nested loops
class Solution:
    def maxSubArray(self, nums):
        best = nums[0]
        for start in range(len(nums)):
            total = 0
            for end in range(start, len(nums)):
                total += nums[end]
                if total > best:
                    best = total
        return best

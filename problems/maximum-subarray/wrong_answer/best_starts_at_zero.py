# Bug: best and the running sum start at 0, so an all-negative array answers 0 (the empty subarray).
class Solution:
    def maxSubArray(self, nums):
        best = current = 0
        for value in nums:
            current = max(0, current + value)
            best = max(best, current)
        return best

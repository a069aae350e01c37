# Bug: restarts whenever the value itself is negative, instead of when the running sum turns negative,
# so it never crosses a small dip between two large positive stretches.
class Solution:
    def maxSubArray(self, nums):
        best = nums[0]
        current = 0
        for value in nums:
            if value < 0:
                best = max(best, value)
                current = 0
                continue
            current += value
            best = max(best, current)
        return best

# Quadratic: every start, extended to every end with a running sum; 5 * 10^9 additions at n = 10^5.
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

class Solution:
    def maxSubArray(self, nums):
        """Kadane: the best sum ending here either extends the previous one or starts afresh."""
        best = ending_here = nums[0]
        for value in nums[1:]:
            ending_here = max(value, ending_here + value)
            if ending_here > best:
                best = ending_here
        return best

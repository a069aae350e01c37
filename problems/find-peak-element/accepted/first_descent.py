class Solution:
    def findPeakElement(self, nums):
        # Linear: the first number larger than the next one is a peak (its left side rose to it).
        for i in range(len(nums) - 1):
            if nums[i] > nums[i + 1]:
                return i
        return len(nums) - 1

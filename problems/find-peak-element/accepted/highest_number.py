class Solution:
    def findPeakElement(self, nums):
        return nums.index(max(nums))

class Solution:
    def findMin(self, nums):
        # Not rotated out of order: the first number. Otherwise search for the first number below nums[0].
        if nums[0] <= nums[-1]:
            return nums[0]
        lo, hi = 1, len(nums) - 1
        while lo < hi:
            mid = (lo + hi) // 2
            if nums[mid] >= nums[0]:
                lo = mid + 1
            else:
                hi = mid
        return nums[lo]

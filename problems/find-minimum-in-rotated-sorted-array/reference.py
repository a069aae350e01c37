class Solution:
    def findMin(self, nums):
        lo, hi = 0, len(nums) - 1
        while lo < hi:
            mid = (lo + hi) // 2
            if nums[mid] > nums[hi]:  # the drop is right of mid
                lo = mid + 1
            else:
                hi = mid
        return nums[lo]

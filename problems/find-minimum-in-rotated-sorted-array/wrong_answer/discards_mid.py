class Solution:
    def findMin(self, nums):
        # hi = mid - 1 throws away mid, which may be the minimum itself.
        lo, hi = 0, len(nums) - 1
        while lo < hi:
            mid = (lo + hi) // 2
            if nums[mid] > nums[hi]:
                lo = mid + 1
            else:
                hi = mid - 1
        return nums[lo]

# Bug: checks only that the lower bound is inside the list, not that it holds target, so an absent target gives [i, i - 1].
class Solution:
    def searchRange(self, nums, target):
        lo, hi = 0, len(nums)
        while lo < hi:
            mid = (lo + hi) // 2
            if nums[mid] < target:
                lo = mid + 1
            else:
                hi = mid
        if lo == len(nums):
            return [-1, -1]
        first = lo
        hi = len(nums)
        while lo < hi:
            mid = (lo + hi) // 2
            if nums[mid] <= target:
                lo = mid + 1
            else:
                hi = mid
        return [first, lo - 1]

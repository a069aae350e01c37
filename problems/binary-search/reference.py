class Solution:
    def search(self, nums, target):
        """Halve the window [lo, hi] that would hold target, until it is found or the window is empty."""
        lo, hi = 0, len(nums) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            if nums[mid] == target:
                return mid
            if nums[mid] < target:
                lo = mid + 1
            else:
                hi = mid - 1
        return -1

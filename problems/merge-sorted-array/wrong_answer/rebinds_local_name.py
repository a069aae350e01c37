class Solution:
    def merge(self, nums1, m, nums2, n):
        # Builds the right list but only rebinds the local name: the caller's nums1 is unchanged.
        nums1 = sorted(nums1[:m] + nums2)

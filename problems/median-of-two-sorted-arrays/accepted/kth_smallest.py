class Solution:
    def findMedianSortedArrays(self, nums1, nums2):
        # The k-th smallest of two sorted lists, dropping k // 2 numbers per step: O(log(m + n)).
        def kth(a, b, k):  # 1-based
            i = j = 0
            while True:
                if i == len(a):
                    return b[j + k - 1]
                if j == len(b):
                    return a[i + k - 1]
                if k == 1:
                    return min(a[i], b[j])
                step = k // 2
                ai = min(i + step, len(a)) - 1
                bj = min(j + step, len(b)) - 1
                if a[ai] <= b[bj]:
                    k -= ai - i + 1
                    i = ai + 1
                else:
                    k -= bj - j + 1
                    j = bj + 1

        total = len(nums1) + len(nums2)
        if total % 2:
            return kth(nums1, nums2, total // 2 + 1)
        return (kth(nums1, nums2, total // 2) + kth(nums1, nums2, total // 2 + 1)) / 2

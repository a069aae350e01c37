# Quickselect with the last element as pivot and a two-way split: O(n^2) on sorted input or many equal values.
class Solution:
    def findKthLargest(self, nums, k):
        want = len(nums) - k  # the answer's index in ascending order
        lo, hi = 0, len(nums) - 1
        while True:
            pivot, store = nums[hi], lo
            for i in range(lo, hi):
                if nums[i] < pivot:
                    nums[i], nums[store] = nums[store], nums[i]
                    store += 1
            nums[store], nums[hi] = nums[hi], nums[store]
            if store == want:
                return nums[store]
            if store < want:
                lo = store + 1
            else:
                hi = store - 1

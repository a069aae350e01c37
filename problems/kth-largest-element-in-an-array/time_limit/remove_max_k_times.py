# O(n * k): removes the maximum k - 1 times, each removal scanning the whole list.
class Solution:
    def findKthLargest(self, nums, k):
        for _ in range(k - 1):
            nums.remove(max(nums))
        return max(nums)

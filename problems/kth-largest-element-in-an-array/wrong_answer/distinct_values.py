# Bug: removes duplicates first, so it finds the k-th largest distinct value.
class Solution:
    def findKthLargest(self, nums, k):
        return sorted(set(nums), reverse=True)[k - 1]

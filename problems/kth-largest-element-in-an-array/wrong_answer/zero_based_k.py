# Bug: treats k as a 0-based position, so it returns the (k+1)-th largest (or crashes when k == len(nums)).
class Solution:
    def findKthLargest(self, nums, k):
        return sorted(nums, reverse=True)[k]

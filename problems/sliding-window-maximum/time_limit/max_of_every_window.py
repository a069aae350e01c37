# O(n * k): max() of every window.
class Solution:
    def maxSlidingWindow(self, nums, k):
        return [max(nums[i:i + k]) for i in range(len(nums) - k + 1)]

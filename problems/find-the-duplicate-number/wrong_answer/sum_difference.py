# Bug: sum(nums) - n(n + 1)/2 assumes the value repeats exactly twice and every other value of 1..n appears.
class Solution:
    def findDuplicate(self, nums):
        n = len(nums) - 1
        return sum(nums) - n * (n + 1) // 2

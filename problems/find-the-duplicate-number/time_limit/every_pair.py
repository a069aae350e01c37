# Brute force: compares every pair of positions, O(n^2) (but O(1) space and nums untouched).
class Solution:
    def findDuplicate(self, nums):
        n = len(nums)
        for i in range(n):
            for j in range(i + 1, n):
                if nums[i] == nums[j]:
                    return nums[i]
        return -1

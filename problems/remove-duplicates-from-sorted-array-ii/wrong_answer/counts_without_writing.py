# Bug: counts how many elements would be kept, but never moves them into place.
class Solution:
    def removeDuplicates(self, nums):
        k = 0
        for i, value in enumerate(nums):
            if i < 2 or value != nums[i - 2]:
                k += 1
        return k

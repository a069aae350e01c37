# Bug: the solution of the first version of the problem: keeps every value once, not twice.
class Solution:
    def removeDuplicates(self, nums):
        k = 1
        for i in range(1, len(nums)):
            if nums[i] != nums[k - 1]:
                nums[k] = nums[i]
                k += 1
        return k

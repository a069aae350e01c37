# Bug: compares with the element two places back in the original positions (nums[i - 2]),
# which earlier writes may already have overwritten.
class Solution:
    def removeDuplicates(self, nums):
        k = 0
        for i in range(len(nums)):
            if i < 2 or nums[i] != nums[i - 2]:
                nums[k] = nums[i]
                k += 1
        return k

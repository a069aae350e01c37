class Solution:
    def removeDuplicates(self, nums):
        """nums[:k] is the kept part; a value may join it unless it equals the element two places back in it."""
        k = 0
        for value in nums:
            if k < 2 or value != nums[k - 2]:
                nums[k] = value
                k += 1
        return k

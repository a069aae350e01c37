# Exponential: for every element, tries both keeping it (when it is above the last kept value) and skipping it.
class Solution:
    def lengthOfLIS(self, nums: List[int]) -> int:
        def best(i, last):
            if i == len(nums):
                return 0
            skip = best(i + 1, last)
            if nums[i] > last:
                return max(skip, 1 + best(i + 1, nums[i]))
            return skip

        return best(0, float("-inf"))

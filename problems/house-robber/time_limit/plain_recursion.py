# Exponential: take or skip each house with no memo, so the same suffixes are solved again and again.
class Solution:
    def rob(self, nums):
        def most(i):
            if i >= len(nums):
                return 0
            return max(most(i + 1), nums[i] + most(i + 2))

        return most(0)

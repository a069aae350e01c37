# Exponential: take or skip each house, remembering whether house 0 was taken, with no memo.
class Solution:
    def rob(self, nums):
        n = len(nums)
        if n == 1:
            return nums[0]

        def most(i, stop):
            if i >= stop:
                return 0
            return max(most(i + 1, stop), nums[i] + most(i + 2, stop))

        return max(most(1, n), most(0, n - 1))

# Bug: the table starts with best[1] = nums[1] instead of max(nums[0], nums[1]).
class Solution:
    def rob(self, nums):
        if len(nums) == 1:
            return nums[0]
        best = [nums[0], nums[1]]
        for i in range(2, len(nums)):
            best.append(max(best[i - 1], best[i - 2] + nums[i]))
        return best[-1]

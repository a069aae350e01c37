# Exponential: every number joins the group or not, with no memo: up to 2^n calls when no split exists.
class Solution:
    def canPartition(self, nums):
        total = sum(nums)
        if total % 2:
            return False

        def reach(i, remaining):
            if remaining == 0:
                return True
            if i == len(nums) or remaining < 0:
                return False
            return reach(i + 1, remaining - nums[i]) or reach(i + 1, remaining)

        return reach(0, total // 2)

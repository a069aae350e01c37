class Solution:
    def canJump(self, nums):
        # Extends the reach from every index, even ones it can never arrive at.
        reach = 0
        for i in range(len(nums)):
            reach = max(reach, i + nums[i])
            if reach >= len(nums) - 1:
                return True
        return False

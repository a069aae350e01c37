class Solution:
    def canJump(self, nums):
        # From the right: keep the leftmost index known to reach the end.
        good = len(nums) - 1
        for i in range(len(nums) - 2, -1, -1):
            if i + nums[i] >= good:
                good = i
        return good == 0

class Solution:
    def canJump(self, nums):
        # Try every sequence of jumps, the longest first, with no memory of dead ends.
        def reaches_end(i):
            if i == len(nums) - 1:
                return True
            for nxt in range(min(i + nums[i], len(nums) - 1), i, -1):
                if reaches_end(nxt):
                    return True
            return False

        return reaches_end(0)

# Bug: ignores the circle and solves the straight row, so the first and last house may both be taken.
class Solution:
    def rob(self, nums):
        before_previous = previous = 0
        for money in nums:
            before_previous, previous = previous, max(previous, before_previous + money)
        return previous

class Solution:
    def rob(self, nums):
        """previous: the most from the houses so far; before_previous: the same one house earlier."""
        before_previous = previous = 0
        for money in nums:
            before_previous, previous = previous, max(previous, before_previous + money)
        return previous

# Bug: with one house both slices are empty, so it answers 0.
class Solution:
    def rob(self, nums):
        def row(houses):
            before_previous = previous = 0
            for money in houses:
                before_previous, previous = previous, max(previous, before_previous + money)
            return previous

        return max(row(nums[1:]), row(nums[:-1]))

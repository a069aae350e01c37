# Bug: greedy, puts each number (largest first) into the group with the smaller sum so far.
class Solution:
    def canPartition(self, nums):
        first = second = 0
        for x in sorted(nums, reverse=True):
            if first <= second:
                first += x
            else:
                second += x
        return first == second

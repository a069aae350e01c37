# Bug: bisect_right lets an equal value extend the tails, so repeated values count as increasing.
from bisect import bisect_right


class Solution:
    def lengthOfLIS(self, nums: List[int]) -> int:
        tails = []
        for value in nums:
            slot = bisect_right(tails, value)
            if slot == len(tails):
                tails.append(value)
            else:
                tails[slot] = value
        return len(tails)

from bisect import bisect_left


class Solution:
    def lengthOfLIS(self, nums):
        """Patience sorting: tails[k] is the smallest value an increasing subsequence of length k + 1 can end with."""
        tails = []
        for value in nums:
            slot = bisect_left(tails, value)  # left: an equal value replaces, never extends
            if slot == len(tails):
                tails.append(value)
            else:
                tails[slot] = value
        return len(tails)

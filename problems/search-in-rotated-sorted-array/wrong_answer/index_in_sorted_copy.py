# Bug: binary-searches a sorted copy and returns the index in the copy, not in nums.
from bisect import bisect_left


class Solution:
    def search(self, nums, target):
        ordered = sorted(nums)
        i = bisect_left(ordered, target)
        return i if i < len(ordered) and ordered[i] == target else -1

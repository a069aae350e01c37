# Bug: reads nums[0] to rule out a target below the range, which crashes on an empty list.
from bisect import bisect_left, bisect_right


class Solution:
    def searchRange(self, nums, target):
        if target < nums[0] or target > nums[-1]:
            return [-1, -1]
        first = bisect_left(nums, target)
        if nums[first] != target:
            return [-1, -1]
        return [first, bisect_right(nums, target) - 1]

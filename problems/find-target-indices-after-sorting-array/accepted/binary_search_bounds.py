from bisect import bisect_left, bisect_right


class Solution:
    def targetIndices(self, nums, target):
        ordered = sorted(nums)
        return list(range(bisect_left(ordered, target), bisect_right(ordered, target)))

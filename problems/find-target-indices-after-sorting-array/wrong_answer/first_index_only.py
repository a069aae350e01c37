from bisect import bisect_left


class Solution:
    def targetIndices(self, nums, target):
        # Binary search finds the first copy and stops there.
        ordered = sorted(nums)
        i = bisect_left(ordered, target)
        return [i] if i < len(ordered) and ordered[i] == target else []

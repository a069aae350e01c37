# Bug: removes repeats with a set of tuples in the order the values were taken, so (1, 2) and (2, 1) from
# [2, 1, 2] both survive.
class Solution:
    def subsetsWithDup(self, nums):
        seen = set()
        n = len(nums)
        for mask in range(1 << n):
            seen.add(tuple(nums[i] for i in range(n) if mask >> i & 1))
        return [list(subset) for subset in seen]

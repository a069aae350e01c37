class Solution:
    def targetIndices(self, nums, target):
        # <= instead of <: the start is pushed past the target's own copies.
        before = sum(1 for x in nums if x <= target)
        equal = nums.count(target)
        return list(range(before, before + equal))

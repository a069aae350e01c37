class Solution:
    def targetIndices(self, nums, target):
        # The copies of target start right after the numbers smaller than it.
        less = sum(1 for x in nums if x < target)
        equal = sum(1 for x in nums if x == target)
        return list(range(less, less + equal))

class Solution:
    def targetIndices(self, nums, target):
        return [i for i, x in enumerate(sorted(nums)) if x == target]

class Solution:
    def targetIndices(self, nums, target):
        # Reports where target sits in the list as given, not in the sorted list.
        return [i for i, x in enumerate(nums) if x == target]

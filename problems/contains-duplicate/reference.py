class Solution:
    def containsDuplicate(self, nums):
        """A set drops repeats: it is shorter than the list exactly when some value repeats."""
        return len(set(nums)) < len(nums)

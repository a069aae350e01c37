from itertools import groupby


class Solution:
    def removeDuplicates(self, nums):
        """Build the kept values, then write them back into nums itself (a slice assignment keeps the same list)."""
        kept = [value for _, run in groupby(nums) for value in list(run)[:2]]
        nums[:len(kept)] = kept
        return len(kept)

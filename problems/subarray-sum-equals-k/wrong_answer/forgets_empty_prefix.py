# Bug: the map of prefix totals starts empty instead of {0: 1}, missing runs that start at position 0.
from collections import defaultdict


class Solution:
    def subarraySum(self, nums, k):
        seen = defaultdict(int)
        prefix = count = 0
        for x in nums:
            prefix += x
            count += seen[prefix - k]
            seen[prefix] += 1
        return count

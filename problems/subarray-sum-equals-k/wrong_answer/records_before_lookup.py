# Bug: stores the current prefix before looking up, so for k = 0 it also counts the empty run.
from collections import defaultdict


class Solution:
    def subarraySum(self, nums, k):
        seen = defaultdict(int)
        seen[0] = 1
        prefix = count = 0
        for x in nums:
            prefix += x
            seen[prefix] += 1
            count += seen[prefix - k]
        return count

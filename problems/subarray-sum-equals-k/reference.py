from collections import Counter


class Solution:
    def subarraySum(self, nums, k):
        # A run (i, j] sums to k exactly when prefix[j] - prefix[i] == k: count earlier prefixes.
        seen = Counter({0: 1})  # the empty prefix
        prefix = count = 0
        for x in nums:
            prefix += x
            count += seen[prefix - k]
            seen[prefix] += 1
        return count

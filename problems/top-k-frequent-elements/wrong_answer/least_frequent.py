# Bug: sorts counts ascending, so it returns the least frequent values.
from collections import Counter


class Solution:
    def topKFrequent(self, nums, k):
        return [v for v, _ in sorted(Counter(nums).items(), key=lambda item: item[1])[:k]]

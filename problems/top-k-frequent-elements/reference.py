from collections import Counter


class Solution:
    def topKFrequent(self, nums, k):
        return [value for value, _ in Counter(nums).most_common(k)]

# Bug: counts correctly, then takes the Counter's first k keys as if it kept the most frequent first;
# a Counter iterates in first-seen order (only most_common() sorts by count).
from collections import Counter


class Solution:
    def topKFrequent(self, nums, k):
        counts = Counter(nums)
        return list(counts)[:k]

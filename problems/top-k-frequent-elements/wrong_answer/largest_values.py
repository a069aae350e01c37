# Bug: heapq.nlargest over the Counter without key=counts.get, so it picks the k largest values, not the most frequent.
import heapq
from collections import Counter


class Solution:
    def topKFrequent(self, nums: List[int], k: int) -> List[int]:
        counts = Counter(nums)
        return heapq.nlargest(k, counts)

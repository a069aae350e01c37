# O(n log k): count, then keep the k most frequent values seen so far in a min-heap keyed by count.
import heapq
from collections import Counter


class Solution:
    def topKFrequent(self, nums: List[int], k: int) -> List[int]:
        heap = []
        for value, count in Counter(nums).items():
            if len(heap) < k:
                heapq.heappush(heap, (count, value))
            elif count > heap[0][0]:
                heapq.heapreplace(heap, (count, value))
        return [value for _, value in heap]

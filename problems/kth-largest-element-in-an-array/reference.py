import heapq
from itertools import islice


class Solution:
    def findKthLargest(self, nums, k):
        """A min-heap of the k largest values seen so far; its root is the answer."""
        heap = nums[:k]
        heapq.heapify(heap)
        for value in islice(nums, k, None):  # not nums[k:]: a copy of the rest would be O(n)
            if value > heap[0]:
                heapq.heapreplace(heap, value)
        return heap[0]

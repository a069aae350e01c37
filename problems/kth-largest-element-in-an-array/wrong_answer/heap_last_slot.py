# Bug: keeps a min-heap of the k largest but returns heap[-1], which is not the heap's smallest.
import heapq


class Solution:
    def findKthLargest(self, nums, k):
        heap = []
        for value in nums:
            heapq.heappush(heap, value)
            if len(heap) > k:
                heapq.heappop(heap)
        return heap[-1]

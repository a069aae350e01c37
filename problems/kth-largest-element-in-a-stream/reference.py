import heapq


class KthLargest:
    """A min-heap of the k largest numbers so far: its top is the kth largest."""

    def __init__(self, k, nums):
        self.k = k
        self.heap = heapq.nlargest(k, nums)
        heapq.heapify(self.heap)

    def add(self, val):
        if len(self.heap) < self.k:
            heapq.heappush(self.heap, val)
        elif val > self.heap[0]:
            heapq.heapreplace(self.heap, val)
        return self.heap[0]

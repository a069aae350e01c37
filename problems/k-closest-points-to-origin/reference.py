import heapq


class Solution:
    def kClosest(self, points, k):
        """A max-heap (negated squared distances) of the k closest points seen so far."""
        heap = []
        for x, y in points:
            entry = (-(x * x + y * y), x, y)
            if len(heap) < k:
                heapq.heappush(heap, entry)
            elif entry > heap[0]:
                heapq.heapreplace(heap, entry)
        return [[x, y] for _, x, y in heap]

# Bug: a min-heap of size k without negating the distance, so it pops the closest and keeps the farthest.
import heapq


class Solution:
    def kClosest(self, points, k):
        heap = []
        for x, y in points:
            heapq.heappush(heap, (x * x + y * y, x, y))
            if len(heap) > k:
                heapq.heappop(heap)
        return [[x, y] for _, x, y in heap]

import heapq


class Solution:
    def lastStoneWeight(self, stones):
        """A max-heap (weights negated): smash the two heaviest, push back what is left of the heavier."""
        heap = [-weight for weight in stones]
        heapq.heapify(heap)
        while len(heap) > 1:
            heaviest, second = -heapq.heappop(heap), -heapq.heappop(heap)
            if heaviest != second:
                heapq.heappush(heap, second - heaviest)
        return -heap[0] if heap else 0

# Bug: heapq without negating the weights, so each round smashes the two lightest stones.
import heapq


class Solution:
    def lastStoneWeight(self, stones: List[int]) -> int:
        heap = list(stones)
        heapq.heapify(heap)
        while len(heap) > 1:
            x, y = heapq.heappop(heap), heapq.heappop(heap)
            if x != y:
                heapq.heappush(heap, y - x)
        return heap[0] if heap else 0

# Dijkstra over (price, city, flights used); a city is worth revisiting only with fewer flights than before.
import heapq


class Solution:
    def findCheapestPrice(self, n: int, flights: List[List[int]], src: int, dst: int, k: int) -> int:
        out = [[] for _ in range(n)]
        for frm, to, price in flights:
            out[frm].append((to, price))
        fewest = [float("inf")] * n  # fewest flights with which each city was popped
        heap = [(0, src, 0)]
        while heap:
            cost, city, used = heapq.heappop(heap)
            if city == dst:
                return cost
            if used >= fewest[city] or used > k:
                continue
            fewest[city] = used
            for to, price in out[city]:
                heapq.heappush(heap, (cost + price, to, used + 1))
        return -1

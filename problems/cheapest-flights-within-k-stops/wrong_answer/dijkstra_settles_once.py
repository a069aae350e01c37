# Bug: classic Dijkstra that settles each city once, at its cheapest price, even if that route used too many stops.
import heapq


class Solution:
    def findCheapestPrice(self, n, flights, src, dst, k):
        out = [[] for _ in range(n)]
        for frm, to, price in flights:
            out[frm].append((to, price))
        settled = set()
        heap = [(0, src, 0)]
        while heap:
            cost, city, used = heapq.heappop(heap)
            if city == dst:
                return cost
            if city in settled or used > k:
                continue
            settled.add(city)
            for to, price in out[city]:
                heapq.heappush(heap, (cost + price, to, used + 1))
        return -1

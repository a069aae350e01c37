class Solution:
    def findCheapestPrice(self, n, flights, src, dst, k):
        inf = float("inf")
        best = [inf] * n
        best[src] = 0
        for _ in range(k + 1):  # Bellman-Ford, one more flight per round
            previous = best[:]
            for frm, to, price in flights:
                if previous[frm] + price < best[to]:
                    best[to] = previous[frm] + price
        return -1 if best[dst] == inf else best[dst]

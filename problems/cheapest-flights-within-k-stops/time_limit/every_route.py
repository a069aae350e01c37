# Exponential: a DFS over every route of at most k + 1 flights, without pruning.
class Solution:
    def findCheapestPrice(self, n, flights, src, dst, k):
        out = [[] for _ in range(n)]
        for frm, to, price in flights:
            out[frm].append((to, price))
        best = float("inf")

        def walk(city, cost, flights_left):
            nonlocal best
            if city == dst:
                best = min(best, cost)
                return
            if flights_left == 0:
                return
            for to, price in out[city]:
                walk(to, cost + price, flights_left - 1)

        walk(src, 0, k + 1)
        return -1 if best == float("inf") else best

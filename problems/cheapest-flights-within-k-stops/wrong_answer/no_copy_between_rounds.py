# Bug: relaxes in place, so one round can chain several flights and the stop limit leaks.
class Solution:
    def findCheapestPrice(self, n, flights, src, dst, k):
        inf = float("inf")
        best = [inf] * n
        best[src] = 0
        for _ in range(k + 1):
            for frm, to, price in flights:
                if best[frm] + price < best[to]:
                    best[to] = best[frm] + price
        return -1 if best[dst] == inf else best[dst]

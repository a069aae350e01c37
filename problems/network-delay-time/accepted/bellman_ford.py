# Bellman-Ford: relax every link up to n - 1 times, stopping early once a round changes nothing.
class Solution:
    def networkDelayTime(self, times: List[List[int]], n: int, k: int) -> int:
        inf = float("inf")
        arrival = [inf] * (n + 1)
        arrival[k] = 0
        for _ in range(n - 1):
            changed = False
            for u, v, w in times:
                if arrival[u] + w < arrival[v]:
                    arrival[v] = arrival[u] + w
                    changed = True
            if not changed:
                break
        last = max(arrival[1:])
        return -1 if last == inf else last

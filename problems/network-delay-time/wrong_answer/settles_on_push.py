# Bug: marks a node settled when it is pushed, so a later, shorter route to it is ignored.
import heapq


class Solution:
    def networkDelayTime(self, times, n, k):
        links = [[] for _ in range(n + 1)]
        for u, v, w in times:
            links[u].append((v, w))
        arrival = {k: 0}
        heap = [(0, k)]
        while heap:
            time, node = heapq.heappop(heap)
            for nxt, w in links[node]:
                if nxt not in arrival:
                    arrival[nxt] = time + w
                    heapq.heappush(heap, (time + w, nxt))
        return max(arrival.values()) if len(arrival) == n else -1

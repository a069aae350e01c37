# Bug: answers the latest time among the nodes reached, forgetting to return -1 when some node is never reached.
import heapq


class Solution:
    def networkDelayTime(self, times, n, k):
        links = [[] for _ in range(n + 1)]
        for u, v, w in times:
            links[u].append((v, w))
        arrival = {}
        heap = [(0, k)]
        while heap:
            time, node = heapq.heappop(heap)
            if node in arrival:
                continue
            arrival[node] = time
            for nxt, w in links[node]:
                heapq.heappush(heap, (time + w, nxt))
        return max(arrival.values())

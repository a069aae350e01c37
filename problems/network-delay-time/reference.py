import heapq


class Solution:
    def networkDelayTime(self, times, n, k):
        links = [[] for _ in range(n + 1)]
        for u, v, w in times:
            links[u].append((v, w))
        arrival = {}
        heap = [(0, k)]
        while heap:  # Dijkstra: the earliest unsettled arrival is final
            time, node = heapq.heappop(heap)
            if node in arrival:
                continue
            arrival[node] = time
            for nxt, w in links[node]:
                if nxt not in arrival:
                    heapq.heappush(heap, (time + w, nxt))
        return max(arrival.values()) if len(arrival) == n else -1

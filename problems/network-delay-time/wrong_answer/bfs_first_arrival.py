# Bug: BFS that fixes each node's time when it is first reached, as if fewer hops meant less time.
from collections import deque


class Solution:
    def networkDelayTime(self, times, n, k):
        links = [[] for _ in range(n + 1)]
        for u, v, w in times:
            links[u].append((v, w))
        arrival = {k: 0}
        queue = deque([k])
        while queue:
            node = queue.popleft()
            for nxt, w in links[node]:
                if nxt not in arrival:
                    arrival[nxt] = arrival[node] + w
                    queue.append(nxt)
        return max(arrival.values()) if len(arrival) == n else -1

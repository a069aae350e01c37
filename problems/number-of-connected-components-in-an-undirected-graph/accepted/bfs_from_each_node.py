# Adjacency lists and a BFS from each node not yet seen: one search per component.
from collections import deque


class Solution:
    def countComponents(self, n: int, edges: List[List[int]]) -> int:
        neighbours = [[] for _ in range(n)]
        for a, b in edges:
            neighbours[a].append(b)
            neighbours[b].append(a)
        seen = [False] * n
        count = 0
        for start in range(n):
            if seen[start]:
                continue
            count += 1
            seen[start] = True
            queue = deque([start])
            while queue:
                node = queue.popleft()
                for nxt in neighbours[node]:
                    if not seen[nxt]:
                        seen[nxt] = True
                        queue.append(nxt)
        return count

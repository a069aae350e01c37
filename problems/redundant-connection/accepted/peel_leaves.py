# Peel off leaves until only the cycle is left; the answer is the last edge in the input between two cycle nodes.
from collections import deque


class Solution:
    def findRedundantConnection(self, edges: List[List[int]]) -> List[int]:
        n = len(edges)
        neighbours = [[] for _ in range(n + 1)]
        degree = [0] * (n + 1)
        for a, b in edges:
            neighbours[a].append(b)
            neighbours[b].append(a)
            degree[a] += 1
            degree[b] += 1
        leaves = deque(v for v in range(1, n + 1) if degree[v] == 1)
        removed = [False] * (n + 1)
        while leaves:
            leaf = leaves.popleft()
            removed[leaf] = True
            for nxt in neighbours[leaf]:
                degree[nxt] -= 1
                if degree[nxt] == 1:
                    leaves.append(nxt)
        for a, b in reversed(edges):
            if not removed[a] and not removed[b]:
                return [a, b]
        return []

# Iterative DFS from node 0 that skips the edge back to its parent: reaching a seen node is a cycle;
# afterwards every node must have been reached.
class Solution:
    def validTree(self, n: int, edges: List[List[int]]) -> bool:
        neighbours = [[] for _ in range(n)]
        for a, b in edges:
            neighbours[a].append(b)
            neighbours[b].append(a)
        parent = [-1] * n
        seen = [False] * n
        seen[0] = True
        stack = [0]
        while stack:
            node = stack.pop()
            for nxt in neighbours[node]:
                if nxt == parent[node]:
                    continue
                if seen[nxt]:
                    return False
                seen[nxt] = True
                parent[nxt] = node
                stack.append(nxt)
        return all(seen)

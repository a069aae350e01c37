# Bug: union-find that links the nodes themselves (parent[a] = b) instead of their roots.
class Solution:
    def findRedundantConnection(self, edges):
        parent = list(range(len(edges) + 1))

        def find(x):
            while parent[x] != x:
                x = parent[x]
            return x

        for a, b in edges:
            if find(a) == find(b):
                return [a, b]
            parent[a] = b
        return []

class Solution:
    def findRedundantConnection(self, edges):
        parent = list(range(len(edges) + 1))  # nodes are 1..n

        def find(x):
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        for a, b in edges:
            ra, rb = find(a), find(b)
            if ra == rb:  # already connected: this edge closes the cycle
                return [a, b]
            parent[ra] = rb
        return []

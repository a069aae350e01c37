class Solution:
    def validTree(self, n, edges):
        if len(edges) != n - 1:  # a tree has exactly n - 1 edges
            return False
        parent = list(range(n))

        def find(x):
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        for a, b in edges:
            ra, rb = find(a), find(b)
            if ra == rb:  # this edge closes a cycle
                return False
            parent[ra] = rb
        return True  # n - 1 edges and no cycle: connected

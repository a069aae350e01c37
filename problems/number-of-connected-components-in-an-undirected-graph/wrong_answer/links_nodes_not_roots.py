# Bug: union-find that links the nodes themselves (parent[a] = b) instead of their roots, splitting groups.
class Solution:
    def countComponents(self, n, edges):
        parent = list(range(n))

        def find(x):
            while parent[x] != x:
                x = parent[x]
            return x

        for a, b in edges:
            if find(a) != find(b):
                parent[a] = b
        return sum(1 for x in range(n) if find(x) == x)

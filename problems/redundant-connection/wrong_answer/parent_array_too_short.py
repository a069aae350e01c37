# Bug: sizes the parent array for nodes 0..n-1, but the nodes are 1..n: node n is out of range.
class Solution:
    def findRedundantConnection(self, edges):
        parent = list(range(len(edges)))

        def find(x):
            while parent[x] != x:
                x = parent[x]
            return x

        for a, b in edges:
            ra, rb = find(a), find(b)
            if ra == rb:
                return [a, b]
            parent[ra] = rb
        return []

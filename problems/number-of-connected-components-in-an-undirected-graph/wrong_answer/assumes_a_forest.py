# Bug: n - len(edges) holds only when no edge closes a cycle.
class Solution:
    def countComponents(self, n, edges):
        return n - len(edges)

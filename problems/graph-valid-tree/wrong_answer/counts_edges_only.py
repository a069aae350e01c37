# Bug: n - 1 edges is necessary, not sufficient: a cycle plus a separate node also has n - 1 edges.
class Solution:
    def validTree(self, n, edges):
        return len(edges) == n - 1

# Bug: returns the node it was given, which is no copy at all.
class Solution:
    def cloneGraph(self, node):
        return node

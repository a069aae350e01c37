# Bug: copies the given node but keeps the original neighbours: a shallow copy.
class Solution:
    def cloneGraph(self, node):
        if node is None:
            return None
        return Node(node.val, list(node.neighbors))

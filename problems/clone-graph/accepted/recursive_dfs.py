class Solution:
    def cloneGraph(self, node):
        copies = {}

        def copy(original):
            if original in copies:
                return copies[original]
            clone = copies[original] = Node(original.val)
            clone.neighbors = [copy(neighbour) for neighbour in original.neighbors]
            return clone

        return copy(node) if node else None

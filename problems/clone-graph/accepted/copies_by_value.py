class Solution:
    def cloneGraph(self, node):
        """Values are unique, so an array indexed by value can hold the copies (two passes)."""
        if not node:
            return None
        copies = [None] * 101
        stack, originals = [node], []
        copies[node.val] = Node(node.val)
        while stack:
            original = stack.pop()
            originals.append(original)
            for neighbour in original.neighbors:
                if copies[neighbour.val] is None:
                    copies[neighbour.val] = Node(neighbour.val)
                    stack.append(neighbour)
        for original in originals:
            copies[original.val].neighbors = [copies[n.val] for n in original.neighbors]
        return copies[node.val]

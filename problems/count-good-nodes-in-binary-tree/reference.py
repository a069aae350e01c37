class Solution:
    def goodNodes(self, root):
        """Depth-first with a stack of (node, largest value above it)."""
        good, stack = 0, [(root, root.val)]
        while stack:
            node, largest = stack.pop()
            if node.val >= largest:
                good += 1
                largest = node.val
            for child in (node.left, node.right):
                if child is not None:
                    stack.append((child, largest))
        return good

class Solution:
    def invertTree(self, root):
        """Swap the children of every node, visiting them with an explicit stack."""
        stack = [root] if root else []
        while stack:
            node = stack.pop()
            node.left, node.right = node.right, node.left
            stack += [child for child in (node.left, node.right) if child]
        return root

class Solution:
    def hasPathSum(self, root, targetSum):
        """Iterative DFS carrying what is left of the target; only leaves may finish."""
        stack = [(root, targetSum)] if root else []
        while stack:
            node, left = stack.pop()
            left -= node.val
            if node.left is None and node.right is None and left == 0:
                return True
            stack += [(child, left) for child in (node.left, node.right) if child]
        return False

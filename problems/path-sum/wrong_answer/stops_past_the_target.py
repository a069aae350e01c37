# Prunes a path once its sum passes the target, as if values could not be negative.
class Solution:
    def hasPathSum(self, root: Optional[TreeNode], targetSum: int) -> bool:
        def walk(node, total):
            if node is None:
                return False
            total += node.val
            if total > targetSum and targetSum >= 0:
                return False
            if node.left is None and node.right is None:
                return total == targetSum
            return walk(node.left, total) or walk(node.right, total)

        return walk(root, 0)

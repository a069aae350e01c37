# Recursive: subtract the node's value and ask either child; a leaf answers for itself.
class Solution:
    def hasPathSum(self, root: Optional[TreeNode], targetSum: int) -> bool:
        if root is None:
            return False
        rest = targetSum - root.val
        if root.left is None and root.right is None:
            return rest == 0
        return self.hasPathSum(root.left, rest) or self.hasPathSum(root.right, rest)

# Treats the empty tree as a path of sum 0.
class Solution:
    def hasPathSum(self, root: Optional[TreeNode], targetSum: int) -> bool:
        if root is None:
            return targetSum == 0
        rest = targetSum - root.val
        if root.left is None and root.right is None:
            return rest == 0
        return (root.left is not None and self.hasPathSum(root.left, rest)) or \
            (root.right is not None and self.hasPathSum(root.right, rest))

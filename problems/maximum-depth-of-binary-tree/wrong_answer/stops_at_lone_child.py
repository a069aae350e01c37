# Bug: treats a node with one missing child as the end of a path, like a leaf.
class Solution:
    def maxDepth(self, root: Optional[TreeNode]) -> int:
        if root is None:
            return 0
        if root.left is None or root.right is None:
            return 1
        return 1 + max(self.maxDepth(root.left), self.maxDepth(root.right))

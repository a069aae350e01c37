# Bug: a leaf counts 0, so the answer is the number of edges on the path, not nodes.
class Solution:
    def maxDepth(self, root: Optional[TreeNode]) -> int:
        if root is None or (root.left is None and root.right is None):
            return 0
        return 1 + max(self.maxDepth(root.left), self.maxDepth(root.right))

# Builds a new mirrored tree, leaving the input as it was.
class Solution:
    def invertTree(self, root: Optional[TreeNode]) -> Optional[TreeNode]:
        if root is None:
            return None
        return TreeNode(root.val, self.invertTree(root.right), self.invertTree(root.left))

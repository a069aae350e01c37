# Bug: only the path that turns at the root, height(left) + height(right).
class Solution:
    def diameterOfBinaryTree(self, root: Optional[TreeNode]) -> int:
        def height(node):
            return 0 if node is None else 1 + max(height(node.left), height(node.right))

        return height(root.left) + height(root.right)

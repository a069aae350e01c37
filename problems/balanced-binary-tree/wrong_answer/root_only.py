# Bug: compares the heights of the root's two subtrees only.
class Solution:
    def isBalanced(self, root: Optional[TreeNode]) -> bool:
        def height(node):
            return 0 if node is None else 1 + max(height(node.left), height(node.right))

        return root is None or abs(height(root.left) - height(root.right)) <= 1

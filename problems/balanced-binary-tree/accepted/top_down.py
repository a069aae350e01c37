# Top-down: check the root's two heights, then both subtrees (heights recomputed: O(n log n) on balanced trees).
class Solution:
    def isBalanced(self, root: Optional[TreeNode]) -> bool:
        def height(node):
            return 0 if node is None else 1 + max(height(node.left), height(node.right))

        if root is None:
            return True
        return (abs(height(root.left) - height(root.right)) <= 1
                and self.isBalanced(root.left) and self.isBalanced(root.right))

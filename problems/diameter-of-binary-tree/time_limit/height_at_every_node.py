# O(n^2) on a chain: at every node, recompute both subtrees' heights from scratch.
class Solution:
    def diameterOfBinaryTree(self, root: Optional[TreeNode]) -> int:
        def height(node):
            if node is None:
                return 0
            return 1 + max(height(node.left), height(node.right))

        def diameter(node):
            if node is None:
                return 0
            through = height(node.left) + height(node.right)
            return max(through, diameter(node.left), diameter(node.right))

        return diameter(root)

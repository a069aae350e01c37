# Bug: height returns -1 for an unbalanced subtree, but the parent does not check for it, so -1 can pass as a height.
class Solution:
    def isBalanced(self, root: Optional[TreeNode]) -> bool:
        def height(node):
            if node is None:
                return 0
            left, right = height(node.left), height(node.right)
            if abs(left - right) > 1:
                return -1
            return 1 + max(left, right)

        return height(root) != -1

# Adds the children's gains even when they are negative, instead of leaving a losing branch out.
class Solution:
    def maxPathSum(self, root: Optional[TreeNode]) -> int:
        best = root.val

        def gain(node):
            nonlocal best
            if node is None:
                return 0
            left, right = gain(node.left), gain(node.right)
            best = max(best, node.val + left + right, node.val)
            return node.val + max(left, right)

        gain(root)
        return best

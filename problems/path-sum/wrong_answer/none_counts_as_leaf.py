# Checks at the None below a node, so a node with a single child counts as the end of a path.
class Solution:
    def hasPathSum(self, root: Optional[TreeNode], targetSum: int) -> bool:
        def walk(node, rest):
            if node is None:
                return rest == 0
            return walk(node.left, rest - node.val) or walk(node.right, rest - node.val)

        return root is not None and walk(root, targetSum)

# Bug: serialises with a separator after each value but none before, so subRoot 2 matches the tail of 12.
class Solution:
    def isSubtree(self, root: Optional[TreeNode], subRoot: Optional[TreeNode]) -> bool:
        def write(node):
            if node is None:
                return "#,"
            return f"{node.val}," + write(node.left) + write(node.right)

        return write(subRoot) in write(root)

# Bug: accepts subRoot when it matches the top of some node's subtree, even if that subtree goes deeper.
class Solution:
    def isSubtree(self, root: Optional[TreeNode], subRoot: Optional[TreeNode]) -> bool:
        def covers(a, b):
            if b is None:
                return True
            return a is not None and a.val == b.val and covers(a.left, b.left) and covers(a.right, b.right)

        stack = [root]
        while stack:
            node = stack.pop()
            if node is None:
                continue
            if covers(node, subRoot):
                return True
            stack += [node.left, node.right]
        return False

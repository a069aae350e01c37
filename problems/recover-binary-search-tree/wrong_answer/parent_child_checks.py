# Looks for a child on the wrong side of its own parent only, missing a swap across subtrees.
class Solution:
    def recoverTree(self, root: Optional[TreeNode]) -> None:
        stack = [root]
        while stack:
            node = stack.pop()
            if node.left and node.left.val > node.val:
                node.val, node.left.val = node.left.val, node.val
                return
            if node.right and node.right.val < node.val:
                node.val, node.right.val = node.right.val, node.val
                return
            stack += [child for child in (node.left, node.right) if child]

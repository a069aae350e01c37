# Bug: compares the in-order sequences of values, which do not determine the shape.
class Solution:
    def isSameTree(self, p: Optional[TreeNode], q: Optional[TreeNode]) -> bool:
        def values(node):
            return values(node.left) + [node.val] + values(node.right) if node else []

        return values(p) == values(q)

# Bug: asks that the shallowest and deepest leaves differ by at most one, which is a stricter (wrong) definition.
class Solution:
    def isBalanced(self, root: Optional[TreeNode]) -> bool:
        if root is None:
            return True
        depths, stack = [], [(root, 1)]
        while stack:
            node, depth = stack.pop()
            if node.left is None and node.right is None:
                depths.append(depth)
            for child in (node.left, node.right):
                if child:
                    stack.append((child, depth + 1))
        return max(depths) - min(depths) <= 1

# For every node, recompute its children's best downward paths from scratch: O(n^2) on a deep tree.
class Solution:
    def maxPathSum(self, root: Optional[TreeNode]) -> int:
        def down(node):
            """The best sum of a path starting at node and going down (0 for no node)."""
            best, stack = 0, [(node, 0)] if node else []
            while stack:
                current, above = stack.pop()
                total = above + current.val
                best = max(best, total)
                stack += [(child, total) for child in (current.left, current.right) if child]
            return best

        best, stack = root.val, [root]
        while stack:
            node = stack.pop()
            best = max(best, node.val + max(down(node.left), 0) + max(down(node.right), 0))
            stack += [child for child in (node.left, node.right) if child]
        return best

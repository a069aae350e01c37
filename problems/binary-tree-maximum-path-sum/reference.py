class Solution:
    def maxPathSum(self, root):
        """Iterative post-order: each node's best downward gain, and the best path turning at it."""
        order, stack = [], [root]
        while stack:
            node = stack.pop()
            order.append(node)
            stack += [child for child in (node.left, node.right) if child]
        gain, best = {None: 0}, -float("inf")
        for node in reversed(order):
            left, right = max(gain[node.left], 0), max(gain[node.right], 0)
            best = max(best, node.val + left + right)
            gain[node] = node.val + max(left, right)
        return best

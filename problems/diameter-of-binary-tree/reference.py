class Solution:
    def diameterOfBinaryTree(self, root):
        """Post-order with an explicit stack: each node's height from its children's; the best turn at each node."""
        height, best = {None: 0}, 0
        stack = [(root, False)]
        while stack:
            node, children_done = stack.pop()
            if node is None:
                continue
            if children_done:
                left, right = height[node.left], height[node.right]
                best = max(best, left + right)
                height[node] = 1 + max(left, right)
            else:
                stack += [(node, True), (node.left, False), (node.right, False)]
        return best

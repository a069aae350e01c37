class Solution:
    def isBalanced(self, root):
        """Post-order with an explicit stack: every node's height from its children's, failing at the first gap > 1."""
        height = {None: 0}
        stack = [(root, False)]
        while stack:
            node, children_done = stack.pop()
            if node is None:
                continue
            if children_done:
                left, right = height[node.left], height[node.right]
                if abs(left - right) > 1:
                    return False
                height[node] = 1 + max(left, right)
            else:
                stack += [(node, True), (node.left, False), (node.right, False)]
        return True

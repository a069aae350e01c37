class Solution:
    def isValidBST(self, root):
        """Iterative in-order walk: the values must come out strictly increasing."""
        stack, node, previous = [], root, None
        while stack or node:
            while node:
                stack.append(node)
                node = node.left
            node = stack.pop()
            if previous is not None and node.val <= previous:
                return False
            previous = node.val
            node = node.right
        return True

class Solution:
    def recoverTree(self, root):
        """Iterative in-order walk: the misplaced nodes are where the sequence drops."""
        first = second = previous = None
        stack, node = [], root
        while stack or node:
            while node:
                stack.append(node)
                node = node.left
            node = stack.pop()
            if previous is not None and previous.val > node.val:
                if first is None:
                    first = previous
                second = node
            previous, node = node, node.right
        first.val, second.val = second.val, first.val

# Bug: treats k as 0-based, returning the (k + 1)-th smallest.
class Solution:
    def kthSmallest(self, root, k):
        stack, node, seen = [], root, 0
        while stack or node:
            while node is not None:
                stack.append(node)
                node = node.left
            node = stack.pop()
            if seen == k:
                return node.val
            seen += 1
            node = node.right
        return -1

# Bug: counts nodes in pre-order (node, left, right), which is not sorted order.
class Solution:
    def kthSmallest(self, root, k):
        stack = [root]
        while stack:
            node = stack.pop()
            k -= 1
            if k == 0:
                return node.val
            for child in (node.right, node.left):
                if child:
                    stack.append(child)
        return -1

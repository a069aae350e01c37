# Bug: walks right subtree first, which gives the k-th largest.
class Solution:
    def kthSmallest(self, root, k):
        stack, node = [], root
        while True:
            while node is not None:
                stack.append(node)
                node = node.right
            node = stack.pop()
            k -= 1
            if k == 0:
                return node.val
            node = node.left

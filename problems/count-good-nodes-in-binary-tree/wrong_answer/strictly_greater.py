# Bug: counts a node only when it is strictly greater than every value above it, so ties are missed.
class Solution:
    def goodNodes(self, root):
        good, stack = 1, [(child, root.val) for child in (root.left, root.right) if child]
        while stack:
            node, largest = stack.pop()
            if node.val > largest:
                good += 1
            for child in (node.left, node.right):
                if child:
                    stack.append((child, max(largest, node.val)))
        return good

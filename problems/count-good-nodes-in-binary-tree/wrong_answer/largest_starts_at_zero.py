# Bug: starts the largest value at 0, so nodes with negative values (the root too) are never good.
class Solution:
    def goodNodes(self, root):
        good, stack = 0, [(root, 0)]
        while stack:
            node, largest = stack.pop()
            if node.val >= largest:
                good += 1
            for child in (node.left, node.right):
                if child:
                    stack.append((child, max(largest, node.val)))
        return good

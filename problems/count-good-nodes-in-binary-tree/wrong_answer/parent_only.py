# Bug: compares each node with its parent only, not with the largest value on the whole path.
class Solution:
    def goodNodes(self, root):
        good, stack = 1, [(child, root.val) for child in (root.left, root.right) if child]
        while stack:
            node, parent = stack.pop()
            if node.val >= parent:
                good += 1
            for child in (node.left, node.right):
                if child:
                    stack.append((child, node.val))
        return good

# Bug: compares each node only with its own children, not with all its ancestors' bounds.
class Solution:
    def isValidBST(self, root):
        stack = [root]
        while stack:
            node = stack.pop()
            if node.left:
                if node.left.val >= node.val:
                    return False
                stack.append(node.left)
            if node.right:
                if node.right.val <= node.val:
                    return False
                stack.append(node.right)
        return True

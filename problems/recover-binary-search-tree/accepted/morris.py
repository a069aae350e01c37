# Morris in-order traversal: threads each predecessor back to its successor, O(1) extra space.
class Solution:
    def recoverTree(self, root: Optional[TreeNode]) -> None:
        first = second = previous = None
        node = root
        while node:
            if node.left:
                before = node.left
                while before.right and before.right is not node:
                    before = before.right
                if before.right is None:
                    before.right, node = node, node.left
                    continue
                before.right = None
            if previous and previous.val > node.val:
                if first is None:
                    first = previous
                second = node
            previous, node = node, node.right
        first.val, second.val = second.val, first.val

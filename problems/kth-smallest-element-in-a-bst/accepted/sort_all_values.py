# Collect every value (any traversal), sort them, take the (k - 1)-th: O(n log n) time, O(n) space.
class Solution:
    def kthSmallest(self, root: Optional[TreeNode], k: int) -> int:
        values, stack = [], [root]
        while stack:
            node = stack.pop()
            if node:
                values.append(node.val)
                stack += [node.left, node.right]
        return sorted(values)[k - 1]

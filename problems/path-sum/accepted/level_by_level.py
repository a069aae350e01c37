# Breadth-first with each node's running sum.
class Solution:
    def hasPathSum(self, root: Optional[TreeNode], targetSum: int) -> bool:
        queue = deque([(root, root.val)]) if root else deque()
        while queue:
            node, total = queue.popleft()
            if not node.left and not node.right and total == targetSum:
                return True
            for child in (node.left, node.right):
                if child:
                    queue.append((child, total + child.val))
        return False

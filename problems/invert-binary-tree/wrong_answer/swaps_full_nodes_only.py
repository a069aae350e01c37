# Bug: swaps only at nodes with two children, so a lone child stays on its side.
from collections import deque


class Solution:
    def invertTree(self, root: Optional[TreeNode]) -> Optional[TreeNode]:
        queue = deque([root] if root else [])
        while queue:
            node = queue.popleft()
            if node.left and node.right:
                node.left, node.right = node.right, node.left
            queue.extend(child for child in (node.left, node.right) if child)
        return root

# Breadth-first, level by level, each node carrying the largest value on its path.
from collections import deque


class Solution:
    def goodNodes(self, root: TreeNode) -> int:
        good, queue = 0, deque([(root, -10**5)])
        while queue:
            node, largest = queue.popleft()
            if node.val >= largest:
                good += 1
            for child in (node.left, node.right):
                if child:
                    queue.append((child, max(largest, node.val)))
        return good

# Bug: starts the queue with the root without checking it, so an empty tree crashes on None.val.
from collections import deque


class Solution:
    def levelOrder(self, root):
        levels, queue = [], deque([root])
        while queue:
            levels.append([node.val for node in queue])
            for _ in range(len(queue)):
                node = queue.popleft()
                queue.extend(child for child in (node.left, node.right) if child)
        return levels

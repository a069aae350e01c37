# Bug: takes the first node of each level (the left side view).
from collections import deque


class Solution:
    def rightSideView(self, root):
        view, queue = [], deque([root] if root else [])
        while queue:
            view.append(queue[0].val)
            for _ in range(len(queue)):
                node = queue.popleft()
                if node.left:
                    queue.append(node.left)
                if node.right:
                    queue.append(node.right)
        return view

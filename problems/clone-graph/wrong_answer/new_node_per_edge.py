# Bug: remembers which nodes were visited but makes a new copy for every edge that reaches a
# node, so one original gets several copies, and the copies are not joined as the originals.
from collections import deque


class Solution:
    def cloneGraph(self, node):
        if node is None:
            return None
        start = Node(node.val)
        visited = {node}
        queue = deque([(node, start)])
        while queue:
            original, clone = queue.popleft()
            for neighbour in original.neighbors:
                copy = Node(neighbour.val)
                clone.neighbors.append(copy)
                if neighbour not in visited:
                    visited.add(neighbour)
                    queue.append((neighbour, copy))
        return start

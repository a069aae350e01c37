# The tree as a graph: the farthest node from any node is an end of a longest path; search again from it.
from collections import deque


class Solution:
    def diameterOfBinaryTree(self, root: Optional[TreeNode]) -> int:
        neighbours = {}
        stack = [root]
        while stack:
            node = stack.pop()
            neighbours.setdefault(node, [])
            for child in (node.left, node.right):
                if child:
                    neighbours[node].append(child)
                    neighbours[child] = [node]
                    stack.append(child)

        def farthest(start):
            distance = {start: 0}
            queue = deque([start])
            while queue:
                node = queue.popleft()
                for other in neighbours[node]:
                    if other not in distance:
                        distance[other] = distance[node] + 1
                        queue.append(other)
            end = max(distance, key=distance.get)
            return end, distance[end]

        end, _ = farthest(root)
        return farthest(end)[1]

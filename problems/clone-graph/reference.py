from collections import deque


class Solution:
    def cloneGraph(self, node):
        """Breadth-first, with a map from each original node to its copy."""
        if node is None:
            return None
        copies = {node: Node(node.val)}
        queue = deque([node])
        while queue:
            original = queue.popleft()
            for neighbour in original.neighbors:
                if neighbour not in copies:
                    copies[neighbour] = Node(neighbour.val)
                    queue.append(neighbour)
                copies[original].neighbors.append(copies[neighbour])
        return copies[node]

# Treat the tree as an undirected graph: breadth-first from the start, then read the route back.
class Solution:
    def getDirections(self, root: Optional[TreeNode], startValue: int, destValue: int) -> str:
        edges, stack = defaultdict(list), [root]
        while stack:
            node = stack.pop()
            for child, step in ((node.left, "L"), (node.right, "R")):
                if child:
                    edges[node.val].append((child.val, step))
                    edges[child.val].append((node.val, "U"))
                    stack.append(child)
        came_from = {startValue: None}
        queue = deque([startValue])
        while queue:
            value = queue.popleft()
            if value == destValue:
                break
            for neighbour, step in edges[value]:
                if neighbour not in came_from:
                    came_from[neighbour] = (value, step)
                    queue.append(neighbour)
        steps, value = [], destValue
        while came_from[value] is not None:
            value, step = came_from[value]
            steps.append(step)
        return "".join(reversed(steps))

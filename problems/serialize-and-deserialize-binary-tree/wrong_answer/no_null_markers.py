# Level order without markers for missing children, rebuilt as if the tree were complete.
from collections import deque


class Codec:
    def serialize(self, root):
        values, queue = [], deque([root] if root else [])
        while queue:
            node = queue.popleft()
            values.append(str(node.val))
            for child in (node.left, node.right):
                if child:
                    queue.append(child)
        return ",".join(values)

    def deserialize(self, data):
        if not data:
            return None
        nodes = [TreeNode(int(v)) for v in data.split(",")]
        for i, node in enumerate(nodes):
            if 2 * i + 1 < len(nodes):
                node.left = nodes[2 * i + 1]
            if 2 * i + 2 < len(nodes):
                node.right = nodes[2 * i + 2]
        return nodes[0]

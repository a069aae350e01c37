from collections import deque


class Codec:
    """Level order, 'N' for a missing child; both directions iterative (chains are 10^4 deep)."""

    def serialize(self, root):
        tokens, queue = [], deque([root])
        while queue:
            node = queue.popleft()
            if node is None:
                tokens.append("N")
                continue
            tokens.append(str(node.val))
            queue.append(node.left)
            queue.append(node.right)
        return ",".join(tokens)

    def deserialize(self, data):
        tokens = iter(data.split(","))
        first = next(tokens)
        if first == "N":
            return None
        root = TreeNode(int(first))
        queue = deque([root])
        while queue:
            node = queue.popleft()
            for side in ("left", "right"):
                token = next(tokens)
                if token != "N":
                    child = TreeNode(int(token))
                    setattr(node, side, child)
                    queue.append(child)
        return root

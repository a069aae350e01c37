# serialize returns the list of tokens instead of a string.
class Codec:
    def serialize(self, root):
        out = []

        def walk(node):
            if not node:
                out.append(None)
                return
            out.append(node.val)
            walk(node.left)
            walk(node.right)

        walk(root)
        return out

    def deserialize(self, data):
        tokens = iter(data)

        def build():
            value = next(tokens)
            if value is None:
                return None
            node = TreeNode(value)
            node.left = build()
            node.right = build()
            return node

        return build()

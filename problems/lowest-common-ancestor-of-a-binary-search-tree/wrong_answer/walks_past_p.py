# Bug: <= in the comparisons, so when p is the node itself and q is below it, the walk goes on past p.
class Solution:
    def lowestCommonAncestor(self, root, p, q):
        node = root
        while True:
            if p.val <= node.val and q.val <= node.val and node.left:
                node = node.left
            elif p.val >= node.val and q.val >= node.val and node.right:
                node = node.right
            else:
                return node

# Bug: assumes p.val < q.val; when p is the larger one the walk goes the wrong way.
class Solution:
    def lowestCommonAncestor(self, root, p, q):
        node = root
        while True:
            if q.val < node.val:
                node = node.left
            elif p.val > node.val:
                node = node.right
            else:
                return node

# The same walk written recursively (tail calls only: the depth is the height, so raise the limit for chains).
import sys


class Solution:
    def lowestCommonAncestor(self, root: 'TreeNode', p: 'TreeNode', q: 'TreeNode') -> 'TreeNode':
        sys.setrecursionlimit(max(sys.getrecursionlimit(), 200000))
        if p.val < root.val and q.val < root.val:
            return self.lowestCommonAncestor(root.left, p, q)
        if p.val > root.val and q.val > root.val:
            return self.lowestCommonAncestor(root.right, p, q)
        return root

# The textbook O(n) answer: recursion over inorder ranges, a hash map for the root's position,
# and a running index into preorder. On a 3000-node path it recurses 3000 levels deep.
class Solution:
    def buildTree(self, preorder: List[int], inorder: List[int]) -> Optional[TreeNode]:
        position = {value: i for i, value in enumerate(inorder)}
        next_root = 0

        def build(lo, hi):
            nonlocal next_root
            if lo > hi:
                return None
            root = TreeNode(preorder[next_root])
            next_root += 1
            mid = position[root.val]
            root.left = build(lo, mid - 1)
            root.right = build(mid + 1, hi)
            return root

        return build(0, len(inorder) - 1)

# Bug: with a running index into preorder, builds the right subtree before the left one,
# so the right subtree takes the preorder values that belong to the left.
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
            root.right = build(mid + 1, hi)
            root.left = build(lo, mid - 1)
            return root

        return build(0, len(inorder) - 1)

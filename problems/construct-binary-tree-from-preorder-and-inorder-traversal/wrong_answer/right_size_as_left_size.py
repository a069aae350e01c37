# Bug: index arithmetic uses the right subtree's size where the left subtree's size belongs
# when working out where the right subtree starts in preorder.
class Solution:
    def buildTree(self, preorder: List[int], inorder: List[int]) -> Optional[TreeNode]:
        position = {value: i for i, value in enumerate(inorder)}

        def build(pre_lo, in_lo, in_hi):
            if in_lo > in_hi:
                return None
            root = TreeNode(preorder[pre_lo])
            mid = position[root.val]
            right_size = in_hi - mid
            root.left = build(pre_lo + 1, in_lo, mid - 1)
            root.right = build(pre_lo + 1 + right_size, mid + 1, in_hi)
            return root

        return build(0, 0, len(inorder) - 1)

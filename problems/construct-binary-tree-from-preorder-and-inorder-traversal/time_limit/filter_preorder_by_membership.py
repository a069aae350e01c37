# Does not see that each subtree is a contiguous block of preorder: it keeps the preorder values
# that appear in the left (or right) part of inorder, testing membership in a list.
# O(n^3) on a path-shaped tree.
class Solution:
    def buildTree(self, preorder: List[int], inorder: List[int]) -> Optional[TreeNode]:
        if not inorder:
            return None
        root = TreeNode(preorder[0])
        mid = inorder.index(root.val)
        left_inorder, right_inorder = inorder[:mid], inorder[mid + 1:]
        root.left = self.buildTree([v for v in preorder if v in left_inorder], left_inorder)
        root.right = self.buildTree([v for v in preorder if v in right_inorder], right_inorder)
        return root

# Bug: the right subtree's preorder slice starts at mid instead of mid + 1,
# so it begins with the last value of the left subtree (or the root itself).
class Solution:
    def buildTree(self, preorder: List[int], inorder: List[int]) -> Optional[TreeNode]:
        if not preorder or not inorder:
            return None
        root = TreeNode(preorder[0])
        mid = inorder.index(preorder[0])
        root.left = self.buildTree(preorder[1:mid + 1], inorder[:mid])
        root.right = self.buildTree(preorder[mid:], inorder[mid + 1:])
        return root

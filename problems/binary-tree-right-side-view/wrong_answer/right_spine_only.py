# Bug: follows right children only, missing nodes of a deeper left subtree.
class Solution:
    def rightSideView(self, root):
        view = []
        while root:
            view.append(root.val)
            root = root.right
        return view

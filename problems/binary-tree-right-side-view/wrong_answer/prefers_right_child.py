# Bug: walks down choosing the right child if present, else the left; a deeper branch elsewhere is missed.
class Solution:
    def rightSideView(self, root):
        view = []
        while root:
            view.append(root.val)
            root = root.right or root.left
        return view

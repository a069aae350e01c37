# Bug: follows left children down, then right ones when there is no left, but never compares both branches.
class Solution:
    def maxDepth(self, root: Optional[TreeNode]) -> int:
        depth = 0
        while root:
            depth += 1
            root = root.left or root.right
        return depth

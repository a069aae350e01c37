# Bug: visits the right child first, so each level comes out reversed.
class Solution:
    def levelOrder(self, root):
        levels, level = [], [root] if root else []
        while level:
            levels.append([n.val for n in level])
            level = [c for n in level for c in (n.right, n.left) if c]
        return levels

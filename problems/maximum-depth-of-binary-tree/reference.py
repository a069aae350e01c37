class Solution:
    def maxDepth(self, root):
        """Breadth-first, one level at a time: the number of levels is the depth."""
        depth, level = 0, [root] if root else []
        while level:
            depth += 1
            level = [child for node in level for child in (node.left, node.right) if child]
        return depth

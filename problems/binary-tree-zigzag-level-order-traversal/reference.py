class Solution:
    def zigzagLevelOrder(self, root):
        """Breadth-first by levels, always left to right; every odd level is reversed on output."""
        levels, level = [], [root] if root else []
        while level:
            values = [node.val for node in level]
            levels.append(values[::-1] if len(levels) % 2 else values)
            level = [child for node in level for child in (node.left, node.right) if child]
        return levels

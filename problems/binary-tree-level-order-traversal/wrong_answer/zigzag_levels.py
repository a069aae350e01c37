# Bug: mixes the problem up with its zigzag variant and reverses every other level.
class Solution:
    def levelOrder(self, root):
        levels, level = [], [root] if root else []
        while level:
            values = [node.val for node in level]
            levels.append(values if len(levels) % 2 == 0 else values[::-1])
            level = [child for node in level for child in (node.left, node.right) if child]
        return levels

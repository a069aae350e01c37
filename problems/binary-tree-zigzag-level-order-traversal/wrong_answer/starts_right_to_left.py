# Reverses the even levels instead of the odd ones, so the zigzag starts the wrong way.
class Solution:
    def zigzagLevelOrder(self, root: Optional[TreeNode]) -> List[List[int]]:
        levels, level = [], [root] if root else []
        while level:
            values = [node.val for node in level]
            levels.append(values if len(levels) % 2 else values[::-1])
            level = [child for node in level for child in (node.left, node.right) if child]
        return levels

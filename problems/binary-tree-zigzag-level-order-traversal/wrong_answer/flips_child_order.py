# Alternates the order children are queued in, instead of reversing the level: wrong from the third level.
class Solution:
    def zigzagLevelOrder(self, root: Optional[TreeNode]) -> List[List[int]]:
        levels, level, right_first = [], [root] if root else [], True
        while level:
            levels.append([node.val for node in level])
            following = []
            for node in level:
                children = (node.right, node.left) if right_first else (node.left, node.right)
                following += [child for child in children if child]
            level, right_first = following, not right_first
        return levels

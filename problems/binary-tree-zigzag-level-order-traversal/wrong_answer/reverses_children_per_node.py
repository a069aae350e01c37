# On odd levels reads each parent's two children right to left, but keeps the parents in left-to-right order.
class Solution:
    def zigzagLevelOrder(self, root: Optional[TreeNode]) -> List[List[int]]:
        if root is None:
            return []
        levels, parents, depth = [[root.val]], [root], 1
        while parents:
            values, following = [], []
            for node in parents:
                children = [child for child in (node.left, node.right) if child]
                following += children
                values += [child.val for child in (children[::-1] if depth % 2 else children)]
            if values:
                levels.append(values)
            parents, depth = following, depth + 1
        return levels

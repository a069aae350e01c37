# Depth-first with an explicit stack; each level is a deque that grows at the back or the front.
class Solution:
    def zigzagLevelOrder(self, root: Optional[TreeNode]) -> List[List[int]]:
        levels = []
        stack = [(root, 0)] if root else []
        while stack:
            node, depth = stack.pop()
            if depth == len(levels):
                levels.append(deque())
            if depth % 2:
                levels[depth].appendleft(node.val)
            else:
                levels[depth].append(node.val)
            for child in (node.right, node.left):
                if child:
                    stack.append((child, depth + 1))
        return [list(level) for level in levels]

class Solution:
    def rightSideView(self, root):
        """Breadth-first, level by level; the last node of each level is the visible one."""
        view, level = [], [root] if root else []
        while level:
            view.append(level[-1].val)
            level = [child for node in level for child in (node.left, node.right) if child]
        return view

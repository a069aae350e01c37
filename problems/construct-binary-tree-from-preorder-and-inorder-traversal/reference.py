class Solution:
    def buildTree(self, preorder, inorder):
        """Hash map of inorder positions, and an explicit stack of pending subtrees instead of recursion.

        Each task is (parent, side, lo, hi): the subtree whose values are inorder[lo..hi]
        hangs on parent.side. Popping the left task before the right one consumes preorder
        in order, so the next preorder value is always the root of the popped subtree.
        """
        position = {value: i for i, value in enumerate(inorder)}
        anchor = TreeNode(0)
        tasks = [(anchor, "left", 0, len(inorder) - 1)]
        next_root = 0
        while tasks:
            parent, side, lo, hi = tasks.pop()
            if lo > hi:
                continue
            node = TreeNode(preorder[next_root])
            next_root += 1
            setattr(parent, side, node)
            mid = position[node.val]
            tasks.append((node, "right", mid + 1, hi))
            tasks.append((node, "left", lo, mid - 1))
        return anchor.left

class Solution:
    def pathSum(self, root, targetSum):
        """Iterative DFS over one shared path: a node is pushed on entry, popped after its subtree."""
        found, path, total = [], [], 0
        stack = [(root, False)] if root else []
        while stack:
            node, leaving = stack.pop()
            if leaving:
                total -= path.pop()
                continue
            path.append(node.val)
            total += node.val
            stack.append((node, True))
            if node.left is None and node.right is None:
                if total == targetSum:
                    found.append(path[:])
                continue
            stack += [(child, False) for child in (node.right, node.left) if child]
        return found

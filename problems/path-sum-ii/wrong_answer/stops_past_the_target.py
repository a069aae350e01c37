# Abandons a path once its sum passes the target, as if values could not be negative.
class Solution:
    def pathSum(self, root: Optional[TreeNode], targetSum: int) -> List[List[int]]:
        found = []

        def walk(node, total, path):
            if node is None:
                return
            total += node.val
            if total > targetSum >= 0:
                return
            path = path + [node.val]
            if node.left is None and node.right is None:
                if total == targetSum:
                    found.append(path)
                return
            walk(node.left, total, path)
            walk(node.right, total, path)

        walk(root, 0, [])
        return found

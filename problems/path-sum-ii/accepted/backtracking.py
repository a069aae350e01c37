# Recursive backtracking over a shared path list, copying it out at each matching leaf.
class Solution:
    def pathSum(self, root: Optional[TreeNode], targetSum: int) -> List[List[int]]:
        found, path = [], []

        def walk(node, rest):
            if node is None:
                return
            path.append(node.val)
            rest -= node.val
            if node.left is None and node.right is None and rest == 0:
                found.append(list(path))
            walk(node.left, rest)
            walk(node.right, rest)
            path.pop()

        walk(root, targetSum)
        return found

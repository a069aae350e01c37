# Records a path at each None below a node: a leaf's path twice, and paths ending at one-child nodes.
class Solution:
    def pathSum(self, root: Optional[TreeNode], targetSum: int) -> List[List[int]]:
        found = []

        def walk(node, rest, path):
            if node is None:
                if rest == 0 and path:
                    found.append(path)
                return
            walk(node.left, rest - node.val, path + [node.val])
            walk(node.right, rest - node.val, path + [node.val])

        walk(root, targetSum, [])
        return found

# Read the values in order, sort them, and write them back in order: O(n log n).
class Solution:
    def recoverTree(self, root: Optional[TreeNode]) -> None:
        nodes = []

        def visit(node):
            if node:
                visit(node.left)
                nodes.append(node)
                visit(node.right)

        visit(root)
        for node, value in zip(nodes, sorted(node.val for node in nodes)):
            node.val = value

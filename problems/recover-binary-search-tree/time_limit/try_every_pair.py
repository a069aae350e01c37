# Tries swapping every pair of nodes back and checks whether the in-order values are then sorted: O(n^3).
# Reaches the right pair last when the two largest values were swapped.
class Solution:
    def recoverTree(self, root: Optional[TreeNode]) -> None:
        nodes, stack, node = [], [], root
        while stack or node:
            while node:
                stack.append(node)
                node = node.left
            node = stack.pop()
            nodes.append(node)
            node = node.right
        n = len(nodes)
        for i in range(n):
            for j in range(i + 1, n):
                nodes[i].val, nodes[j].val = nodes[j].val, nodes[i].val
                values = [node.val for node in nodes]
                if values == sorted(values):
                    return
                nodes[i].val, nodes[j].val = nodes[j].val, nodes[i].val

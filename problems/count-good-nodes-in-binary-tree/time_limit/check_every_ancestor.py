# Brute force: for every node, walk up through its parents comparing values: O(n * h), O(n^2) on a chain.
class Solution:
    def goodNodes(self, root):
        parent, order, stack = {root: None}, [], [root]
        while stack:
            node = stack.pop()
            order.append(node)
            for child in (node.left, node.right):
                if child:
                    parent[child] = node
                    stack.append(child)
        good = 0
        for node in order:
            above = parent[node]
            while above is not None and above.val <= node.val:
                above = parent[above]
            if above is None:
                good += 1
        return good

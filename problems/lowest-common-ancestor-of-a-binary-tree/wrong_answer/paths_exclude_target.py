# Bug: the root-to-node paths stop before the node itself, so when q is below p it returns p's parent.
class Solution:
    def lowestCommonAncestor(self, root, p, q):
        parent, stack = {root: None}, [root]
        while stack:
            node = stack.pop()
            for child in (node.left, node.right):
                if child:
                    parent[child] = node
                    stack.append(child)

        def ancestors(node):
            path = []
            node = parent[node]
            while node:
                path.append(node)
                node = parent[node]
            return path[::-1]

        answer = root
        for a, b in zip(ancestors(p), ancestors(q)):
            if a is not b:
                break
            answer = a
        return answer

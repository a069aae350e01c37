# O(n * h): ignores the search order; at every step down, searches the whole left subtree for p and for q.
class Solution:
    def lowestCommonAncestor(self, root, p, q):
        def covers(node, target):
            stack = [node]
            while stack:
                node = stack.pop()
                if node is target:
                    return True
                if node:
                    stack += [node.right, node.left]
            return False

        node = root
        while True:
            if node is p or node is q:
                return node
            p_left, q_left = covers(node.left, p), covers(node.left, q)
            if p_left != q_left:
                return node
            node = node.left if p_left else node.right

# Iterative DFS keeping the path from the root; the answer is the last node both paths share.
class Solution:
    def lowestCommonAncestor(self, root: 'TreeNode', p: 'TreeNode', q: 'TreeNode') -> 'TreeNode':
        def path_to(target):
            stack = [(root, 0)]
            path = []
            while stack:
                node, depth = stack.pop()
                del path[depth:]
                path.append(node)
                if node is target:
                    return path
                for child in (node.right, node.left):
                    if child:
                        stack.append((child, depth + 1))

        answer = root
        for a, b in zip(path_to(p), path_to(q)):
            if a is not b:
                break
            answer = a
        return answer

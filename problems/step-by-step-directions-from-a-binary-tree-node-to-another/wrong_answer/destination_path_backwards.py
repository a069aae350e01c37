# Collects the destination's steps by climbing from it, and forgets that they come out bottom-up.
class Solution:
    def getDirections(self, root: Optional[TreeNode], startValue: int, destValue: int) -> str:
        parent, found, stack = {root: None}, {}, [root]
        while stack:
            node = stack.pop()
            found[node.val] = node
            for child, step in ((node.left, "L"), (node.right, "R")):
                if child:
                    parent[child] = (node, step)
                    stack.append(child)

        def climb(node):
            steps = []
            while parent[node]:
                node, step = parent[node]
                steps.append(step)
            return steps  # bottom-up

        start, dest = climb(found[startValue])[::-1], climb(found[destValue])
        common = 0
        while common < min(len(start), len(dest)) and start[common] == dest[-1 - common]:
            common += 1
        return "U" * (len(start) - common) + "".join(dest[: len(dest) - common])

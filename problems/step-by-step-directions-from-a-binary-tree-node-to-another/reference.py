class Solution:
    def getDirections(self, root, startValue, destValue):
        """Root-to-node directions for both ends (iterative DFS with parent links); drop the common prefix."""
        parent, found, stack = {root: (None, "")}, {}, [root]
        while stack:
            node = stack.pop()
            if node.val in (startValue, destValue):
                found[node.val] = node
            for child, step in ((node.left, "L"), (node.right, "R")):
                if child:
                    parent[child] = (node, step)
                    stack.append(child)

        def path(node):
            steps = []
            while parent[node][0] is not None:
                node, step = parent[node]
                steps.append(step)
            return steps[::-1]

        start, dest = path(found[startValue]), path(found[destValue])
        common = 0
        while common < min(len(start), len(dest)) and start[common] == dest[common]:
            common += 1
        return "U" * (len(start) - common) + "".join(dest[common:])

# Strips the common prefix without checking the lengths: fails when one node lies above the other.
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

        def path(node):
            steps = []
            while parent[node]:
                node, step = parent[node]
                steps.append(step)
            return steps[::-1]

        start, dest = path(found[startValue]), path(found[destValue])
        common = 0
        while start[common] == dest[common]:
            common += 1
        return "U" * (len(start) - common) + "".join(dest[common:])

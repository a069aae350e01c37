# Recursive search for each root-to-node path (appending and popping one list), then the common prefix.
class Solution:
    def getDirections(self, root: Optional[TreeNode], startValue: int, destValue: int) -> str:
        def find(node, target, path):
            if node is None:
                return False
            if node.val == target:
                return True
            path.append("L")
            if find(node.left, target, path):
                return True
            path[-1] = "R"
            if find(node.right, target, path):
                return True
            path.pop()
            return False

        start, dest = [], []
        find(root, startValue, start)
        find(root, destValue, dest)
        common = 0
        while common < len(start) and common < len(dest) and start[common] == dest[common]:
            common += 1
        return "U" * (len(start) - common) + "".join(dest[common:])

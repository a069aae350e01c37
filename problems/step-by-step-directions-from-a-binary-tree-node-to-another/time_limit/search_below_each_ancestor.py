# Climbs from the start one ancestor at a time, searching each ancestor's whole subtree for the
# destination: O(n * depth).
class Solution:
    def getDirections(self, root: Optional[TreeNode], startValue: int, destValue: int) -> str:
        parent, found, stack = {root: None}, {}, [root]
        while stack:
            node = stack.pop()
            found[node.val] = node
            for child in (node.left, node.right):
                if child:
                    parent[child] = node
                    stack.append(child)
        ups, node = 0, found[startValue]
        while not self.below(node, destValue):
            node, ups = parent[node], ups + 1
        steps, below = [], found[destValue]
        while below is not node:
            above = parent[below]
            steps.append("L" if above.left is below else "R")
            below = above
        return "U" * ups + "".join(reversed(steps))

    def below(self, top, target):
        stack = [top]
        while stack:
            node = stack.pop()
            if node.val == target:
                return True
            stack += [child for child in (node.left, node.right) if child]
        return False

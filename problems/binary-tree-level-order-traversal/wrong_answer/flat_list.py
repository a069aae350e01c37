# Bug: returns one flat list instead of a list per level.
class Solution:
    def levelOrder(self, root):
        out, queue = [], [root] if root else []
        while queue:
            node = queue.pop(0)
            out.append(node.val)
            queue += [c for c in (node.left, node.right) if c]
        return out

# Breadth-first with parent links and sums; each matching leaf climbs to the root for its path.
class Solution:
    def pathSum(self, root: Optional[TreeNode], targetSum: int) -> List[List[int]]:
        if root is None:
            return []
        parent, total, queue, found = {root: None}, {root: root.val}, deque([root]), []
        while queue:
            node = queue.popleft()
            children = [child for child in (node.left, node.right) if child]
            if not children and total[node] == targetSum:
                path = []
                while node:
                    path.append(node.val)
                    node = parent[node]
                found.append(path[::-1])
            for child in children:
                parent[child], total[child] = node, total[node] + child.val
                queue.append(child)
        return found

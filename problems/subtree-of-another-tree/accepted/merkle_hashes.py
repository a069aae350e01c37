# Give every distinct subtree shape an id (bottom-up, via a dictionary): subRoot's id must occur in root.
class Solution:
    def isSubtree(self, root: Optional[TreeNode], subRoot: Optional[TreeNode]) -> bool:
        ids = {}

        def ids_of(tree):
            found, stack, seen = {None: 0}, [(tree, False)], []
            while stack:
                node, done = stack.pop()
                if node is None:
                    continue
                if done:
                    key = (node.val, found[node.left], found[node.right])
                    found[node] = ids.setdefault(key, len(ids) + 1)
                    seen.append(found[node])
                else:
                    stack += [(node, True), (node.left, False), (node.right, False)]
            return found[tree], seen

        target, _ = ids_of(subRoot)
        _, in_root = ids_of(root)
        return target in in_root

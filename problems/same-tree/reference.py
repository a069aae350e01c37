class Solution:
    def isSameTree(self, p, q):
        """Walk both trees in step with a stack of node pairs; any mismatch in presence or value ends it."""
        stack = [(p, q)]
        while stack:
            a, b = stack.pop()
            if a is None and b is None:
                continue
            if a is None or b is None or a.val != b.val:
                return False
            stack += [(a.left, b.left), (a.right, b.right)]
        return True

# O(n^2) on a tall tree: recomputes the max of the left and min of the right subtree at every node.
class Solution:
    def isValidBST(self, root):
        def largest(node):
            if node is None:
                return float("-inf")
            return max(node.val, largest(node.left), largest(node.right))

        def smallest(node):
            if node is None:
                return float("inf")
            return min(node.val, smallest(node.left), smallest(node.right))

        def valid(node):
            if node is None:
                return True
            if largest(node.left) >= node.val or smallest(node.right) <= node.val:
                return False
            return valid(node.left) and valid(node.right)

        return valid(root)

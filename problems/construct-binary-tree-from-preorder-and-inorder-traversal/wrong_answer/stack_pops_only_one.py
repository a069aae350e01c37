# Bug: the stack method pops a single finished node instead of all of them, so a right child
# is hung under a node deep in the path instead of under the right ancestor.
class Solution:
    def buildTree(self, preorder: List[int], inorder: List[int]) -> Optional[TreeNode]:
        root = TreeNode(preorder[0])
        stack, j = [root], 0
        for value in preorder[1:]:
            node = TreeNode(value)
            if stack[-1].val != inorder[j]:
                stack[-1].left = node
            else:
                parent = stack.pop()
                j += 1
                parent.right = node
            stack.append(node)
        return root

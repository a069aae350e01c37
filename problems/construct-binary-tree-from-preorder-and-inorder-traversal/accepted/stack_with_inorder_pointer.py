# O(n) without a hash map: walk preorder keeping the current root-to-node path on a stack.
# A value goes left of the stack top until the top is the next inorder value; then pop the
# finished nodes and the value becomes the right child of the last one popped.
class Solution:
    def buildTree(self, preorder: List[int], inorder: List[int]) -> Optional[TreeNode]:
        root = TreeNode(preorder[0])
        stack, j = [root], 0
        for value in preorder[1:]:
            node = TreeNode(value)
            if stack[-1].val != inorder[j]:
                stack[-1].left = node
            else:
                while stack and stack[-1].val == inorder[j]:
                    parent = stack.pop()
                    j += 1
                parent.right = node
            stack.append(node)
        return root

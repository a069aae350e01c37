# Bug: looks the root up in a hash map built once over the whole inorder list, then uses that
# position to cut the sliced lists of a subtree, where positions have shifted.
class Solution:
    def buildTree(self, preorder: List[int], inorder: List[int]) -> Optional[TreeNode]:
        position = {value: i for i, value in enumerate(inorder)}

        def build(pre, ino):
            if not pre:
                return None
            root = TreeNode(pre[0])
            mid = position[pre[0]]
            root.left = build(pre[1:mid + 1], ino[:mid])
            root.right = build(pre[mid + 1:], ino[mid + 1:])
            return root

        return build(preorder, inorder)

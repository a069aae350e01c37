# Morris in-order traversal: threads each predecessor's right pointer back, O(1) extra space; restores the tree.
class Solution:
    def kthSmallest(self, root: Optional[TreeNode], k: int) -> int:
        node, answer = root, None
        while node is not None:
            if node.left is None:
                k -= 1
                if k == 0 and answer is None:
                    answer = node.val
                node = node.right
            else:
                before = node.left
                while before.right is not None and before.right is not node:
                    before = before.right
                if before.right is None:
                    before.right = node
                    node = node.left
                else:
                    before.right = None
                    k -= 1
                    if k == 0 and answer is None:
                        answer = node.val
                    node = node.right
        return answer

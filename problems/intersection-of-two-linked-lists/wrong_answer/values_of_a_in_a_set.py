# Bug: remembers list A's values rather than its nodes, so B's first value that also occurs in A wins.
class Solution:
    def getIntersectionNode(self, headA, headB):
        values = set()
        node = headA
        while node:
            values.add(node.val)
            node = node.next
        node = headB
        while node:
            if node.val in values:
                return node
            node = node.next
        return None

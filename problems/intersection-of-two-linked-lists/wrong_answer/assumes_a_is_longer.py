# Bug: skips only list A's extra nodes, so when list B is the longer one the pointers never line up.
class Solution:
    def getIntersectionNode(self, headA, headB):
        def length(node):
            count = 0
            while node:
                node, count = node.next, count + 1
            return count

        a, b = headA, headB
        for _ in range(length(a) - length(b)):
            a = a.next
        while a and b:
            if a is b:
                return a
            a, b = a.next, b.next
        return None

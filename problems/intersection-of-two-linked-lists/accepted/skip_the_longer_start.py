class Solution:
    def getIntersectionNode(self, headA, headB):
        def length(node):
            count = 0
            while node:
                node, count = node.next, count + 1
            return count

        a, b = headA, headB
        m, n = length(a), length(b)
        for _ in range(m - n):
            a = a.next
        for _ in range(n - m):
            b = b.next
        while a is not b:
            a, b = a.next, b.next
        return a

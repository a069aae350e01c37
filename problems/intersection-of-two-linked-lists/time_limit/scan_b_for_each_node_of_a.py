# O(m * n): for every node of list A, walk all of list B looking for that very node.
class Solution:
    def getIntersectionNode(self, headA, headB):
        a = headA
        while a:
            b = headB
            while b:
                if a is b:
                    return a
                b = b.next
            a = a.next
        return None

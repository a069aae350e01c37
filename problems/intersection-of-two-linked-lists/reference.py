class Solution:
    def getIntersectionNode(self, headA, headB):
        """Each pointer walks its own list, then the other's: both walk m + n nodes and meet at the join, or at None."""
        a, b = headA, headB
        while a is not b:
            a = a.next if a is not None else headB
            b = b.next if b is not None else headA
        return a

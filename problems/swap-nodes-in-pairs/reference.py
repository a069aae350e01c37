class Solution:
    def swapPairs(self, head):
        """Relink each pair behind a pointer to the node before it (a dummy before the head)."""
        dummy = before = ListNode(0, head)
        while before.next and before.next.next:
            a, b = before.next, before.next.next
            a.next, b.next, before.next = b.next, a, b
            before = a
        return dummy.next

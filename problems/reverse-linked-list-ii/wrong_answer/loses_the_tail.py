# Reverses the stretch but links its new last node to None, dropping every node after position right.
class Solution:
    def reverseBetween(self, head: Optional[ListNode], left: int, right: int) -> Optional[ListNode]:
        dummy = ListNode(0, head)
        before = dummy
        for _ in range(left - 1):
            before = before.next
        previous, node = None, before.next
        for _ in range(right - left + 1):
            node.next, previous, node = previous, node, node.next
        before.next = previous
        return dummy.next

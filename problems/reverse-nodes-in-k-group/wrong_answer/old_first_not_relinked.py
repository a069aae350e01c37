# Reverses each full group but leaves the group's old first node pointing at None, cutting off the rest.
class Solution:
    def reverseKGroup(self, head: Optional[ListNode], k: int) -> Optional[ListNode]:
        dummy = before = ListNode(0, head)
        while True:
            last = before
            for _ in range(k):
                last = last.next
                if last is None:
                    return dummy.next
            first, after = before.next, last.next
            previous, node = None, first
            while node is not after:
                node.next, previous, node = previous, node, node.next
            before.next = last
            before = first

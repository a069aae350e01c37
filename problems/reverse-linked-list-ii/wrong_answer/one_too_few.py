# Counts the moves as right - left - 1, so the stretch's last node stays where it was.
class Solution:
    def reverseBetween(self, head: Optional[ListNode], left: int, right: int) -> Optional[ListNode]:
        dummy = ListNode(0, head)
        before = dummy
        for _ in range(left - 1):
            before = before.next
        first = before.next
        for _ in range(max(0, right - left - 1)):
            moved = first.next
            first.next, moved.next, before.next = moved.next, before.next, moved
        return dummy.next

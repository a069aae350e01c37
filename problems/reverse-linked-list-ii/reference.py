class Solution:
    def reverseBetween(self, head, left, right):
        """One pass: move each node after the stretch's first node to the front of the stretch."""
        dummy = ListNode(0, head)
        before = dummy
        for _ in range(left - 1):
            before = before.next
        first = before.next
        for _ in range(right - left):
            moved = first.next
            first.next, moved.next, before.next = moved.next, before.next, moved
        return dummy.next

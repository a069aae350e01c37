# Splits and reverses correctly but never ends the first half, so the last node points back into the list.
class Solution:
    def reorderList(self, head: Optional[ListNode]) -> None:
        slow = fast = head
        while fast.next and fast.next.next:
            slow, fast = slow.next, fast.next.next
        back, previous = slow.next, None
        while back:
            back.next, previous, back = previous, back, back.next
        front, back = head, previous
        while back:
            front.next, back.next, front, back = back, front.next, front.next, back.next

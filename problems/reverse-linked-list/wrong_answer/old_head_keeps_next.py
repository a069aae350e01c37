# Bug: the recursive version forgets head.next = None, so the old head and its successor point at each other.
class Solution:
    def reverseList(self, head: Optional[ListNode]) -> Optional[ListNode]:
        if head is None or head.next is None:
            return head
        new_head = self.reverseList(head.next)
        head.next.next = head
        return new_head

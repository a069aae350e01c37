# Bug: loops while curr.next, so the last node is never linked in (and an empty list fails).
class Solution:
    def reverseList(self, head: Optional[ListNode]) -> Optional[ListNode]:
        prev, curr = None, head
        while curr.next:
            nxt = curr.next
            curr.next = prev
            prev, curr = curr, nxt
        return prev

# Bug: compares the pointers before moving them, so they match at once, both at the head.
class Solution:
    def hasCycle(self, head: Optional[ListNode]) -> bool:
        slow = fast = head
        while fast and fast.next:
            if slow is fast:
                return True
            slow, fast = slow.next, fast.next.next
        return False

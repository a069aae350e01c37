# Bug: checks fast.next.next but not fast.next, so a list of even length without a loop fails.
class Solution:
    def hasCycle(self, head: Optional[ListNode]) -> bool:
        if head is None:
            return False
        slow, fast = head, head
        while fast.next.next:
            slow, fast = slow.next, fast.next.next
            if slow is fast:
                return True
        return False

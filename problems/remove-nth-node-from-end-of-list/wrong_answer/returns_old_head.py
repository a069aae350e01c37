# Bug: returns head instead of dummy.next, so removing the first node has no effect.
class Solution:
    def removeNthFromEnd(self, head, n):
        dummy = ListNode(0, head)
        lead = trail = dummy
        for _ in range(n + 1):
            lead = lead.next
        while lead:
            lead, trail = lead.next, trail.next
        trail.next = trail.next.next
        return head

class Solution:
    def removeNthFromEnd(self, head, n):
        """One pass: a lead pointer n + 1 steps ahead stops the trailing one just before the target."""
        dummy = ListNode(0, head)
        lead = trail = dummy
        for _ in range(n + 1):
            lead = lead.next
        while lead is not None:
            lead, trail = lead.next, trail.next
        trail.next = trail.next.next
        return dummy.next

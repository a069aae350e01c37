# Bug: the lead pointer starts only n steps ahead, so the node after the target is removed.
class Solution:
    def removeNthFromEnd(self, head, n):
        dummy = ListNode(0, head)
        lead = trail = dummy
        for _ in range(n):
            lead = lead.next
        while lead:
            lead, trail = lead.next, trail.next
        trail.next = trail.next.next
        return dummy.next

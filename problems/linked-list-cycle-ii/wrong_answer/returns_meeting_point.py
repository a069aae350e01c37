# Bug: returns where the slow and fast pointers meet, which is inside the loop but not its start.
class Solution:
    def detectCycle(self, head):
        slow = fast = head
        while fast and fast.next:
            slow, fast = slow.next, fast.next.next
            if slow is fast:
                return slow
        return None

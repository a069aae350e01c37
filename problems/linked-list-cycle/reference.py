class Solution:
    def hasCycle(self, head):
        """Floyd: a pointer two steps ahead catches up with the slow one only inside a loop."""
        slow = fast = head
        while fast and fast.next:
            slow, fast = slow.next, fast.next.next
            if slow is fast:
                return True
        return False

class Solution:
    def detectCycle(self, head):
        """Floyd: the pointers meet inside the loop; then head and meeting point are equally far from its start."""
        slow = fast = head
        while fast and fast.next:
            slow, fast = slow.next, fast.next.next
            if slow is fast:
                start = head
                while start is not slow:
                    start, slow = start.next, slow.next
                return start
        return None

# Bug: the second phase moves both pointers before comparing them, so a loop that begins at
# the head itself (the pointers already meet there) is reported one node late.
class Solution:
    def detectCycle(self, head):
        slow = fast = head
        while fast and fast.next:
            slow, fast = slow.next, fast.next.next
            if slow is fast:
                start = head
                while True:
                    start, slow = start.next, slow.next
                    if start is slow:
                        return start
        return None

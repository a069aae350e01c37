class Solution:
    def reverseKGroup(self, head, k):
        """Iterative, O(1) space: check that k nodes remain, reverse them, relink both ends."""
        dummy = before = ListNode(0, head)
        while True:
            last = before
            for _ in range(k):
                last = last.next
                if last is None:
                    return dummy.next
            first, after = before.next, last.next
            previous, node = after, first
            while node is not after:
                node.next, previous, node = previous, node, node.next
            before.next = last
            before = first

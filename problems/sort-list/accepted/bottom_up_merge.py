# Bottom-up merge sort: merge runs of width 1, 2, 4, ... in place; O(1) extra space, no recursion.
class Solution:
    def sortList(self, head: Optional[ListNode]) -> Optional[ListNode]:
        length, node = 0, head
        while node:
            length, node = length + 1, node.next
        dummy = ListNode(0, head)
        width = 1
        while width < length:
            tail, rest = dummy, dummy.next
            while rest:
                left = rest
                right = self._cut(left, width)
                rest = self._cut(right, width)
                tail = self._merge(left, right, tail)
            width *= 2
        return dummy.next

    @staticmethod
    def _cut(node, count):
        """End the run of `count` nodes starting at node; return what follows it."""
        for _ in range(count - 1):
            if node is None:
                break
            node = node.next
        if node is None:
            return None
        rest, node.next = node.next, None
        return rest

    @staticmethod
    def _merge(a, b, tail):
        """Merge runs a and b after tail; return the new tail."""
        while a and b:
            if a.val <= b.val:
                tail.next, a = a, a.next
            else:
                tail.next, b = b, b.next
            tail = tail.next
        tail.next = a or b
        while tail.next:
            tail = tail.next
        return tail

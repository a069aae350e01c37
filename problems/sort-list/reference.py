class Solution:
    def sortList(self, head):
        """Top-down merge sort: cut at the middle, sort both halves, merge them."""
        if head is None or head.next is None:
            return head
        slow, fast = head, head.next
        while fast and fast.next:
            slow, fast = slow.next, fast.next.next
        back, slow.next = slow.next, None
        return self._merge(self.sortList(head), self.sortList(back))

    @staticmethod
    def _merge(a, b):
        dummy = tail = ListNode()
        while a and b:
            if b.val < a.val:
                a, b = b, a
            tail.next, tail, a = a, a, a.next
        tail.next = a or b
        return dummy.next

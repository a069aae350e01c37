# Quicksort around the head's value: O(n^2) when the list is already sorted.
class Solution:
    def sortList(self, head: Optional[ListNode]) -> Optional[ListNode]:
        if head is None or head.next is None:
            return head
        pivot = head.val
        less = less_tail = ListNode()
        more = more_tail = ListNode()
        equal = equal_tail = head
        node = head.next
        while node:
            if node.val < pivot:
                less_tail.next = less_tail = node
            elif node.val > pivot:
                more_tail.next = more_tail = node
            else:
                equal_tail.next = equal_tail = node
            node = node.next
        less_tail.next = more_tail.next = None
        equal_tail.next = self.sortList(more.next)
        low = self.sortList(less.next)
        if low is None:
            return equal
        tail = low
        while tail.next:
            tail = tail.next
        tail.next = equal
        return low

class Solution:
    def reorderList(self, head):
        """Cut at the middle, reverse the back half, weave the halves together."""
        slow = fast = head
        while fast.next and fast.next.next:
            slow, fast = slow.next, fast.next.next
        back, slow.next = slow.next, None
        previous = None
        while back:
            back.next, previous, back = previous, back, back.next
        front, back = head, previous
        while back:
            front.next, back.next, front, back = back, front.next, front.next, back.next

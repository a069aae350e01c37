# Bug: stops when both lists end, losing a final carry.
class Solution:
    def addTwoNumbers(self, l1, l2):
        head = tail = ListNode()
        carry = 0
        while l1 or l2:
            total = carry + (l1.val if l1 else 0) + (l2.val if l2 else 0)
            carry, digit = divmod(total, 10)
            tail.next = tail = ListNode(digit)
            l1 = l1.next if l1 else None
            l2 = l2.next if l2 else None
        return head.next

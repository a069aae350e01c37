# Bug: carries only when a column's total is above 10, so a column adding up to exactly 10 loses its carry.
class Solution:
    def addTwoNumbers(self, l1, l2):
        head = tail = ListNode()
        carry = 0
        while l1 or l2 or carry:
            total = carry + (l1.val if l1 else 0) + (l2.val if l2 else 0)
            carry = 1 if total > 10 else 0
            tail.next = tail = ListNode(total % 10)
            l1 = l1.next if l1 else None
            l2 = l2.next if l2 else None
        return head.next

# Bug: adds while both lists have digits, then links the rest of the longer list as it is, dropping the carry
# (999 + 1 becomes [0, 9, 9] instead of [0, 0, 0, 1]).
class Solution:
    def addTwoNumbers(self, l1, l2):
        head = tail = ListNode()
        carry = 0
        while l1 and l2:
            carry, digit = divmod(l1.val + l2.val + carry, 10)
            tail.next = tail = ListNode(digit)
            l1, l2 = l1.next, l2.next
        tail.next = l1 or l2
        if carry and tail.next is None:
            tail.next = ListNode(carry)
        return head.next

# Bug: returns the digits most significant first.
class Solution:
    def addTwoNumbers(self, l1, l2):
        def number(node):
            value, scale = 0, 1
            while node:
                value, scale, node = value + node.val * scale, scale * 10, node.next
            return value

        head = tail = ListNode()
        for digit in str(number(l1) + number(l2)):
            tail.next = tail = ListNode(int(digit))
        return head.next

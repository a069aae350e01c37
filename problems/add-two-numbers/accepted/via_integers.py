# Converts to Python integers and back (fine at 100 digits).
class Solution:
    def addTwoNumbers(self, l1: Optional[ListNode], l2: Optional[ListNode]) -> Optional[ListNode]:
        def number(node):
            digits = []
            while node:
                digits.append(str(node.val))
                node = node.next
            return int("".join(reversed(digits)))

        total = str(number(l1) + number(l2))
        head = None
        for digit in total:
            head = ListNode(int(digit), head)
        return head

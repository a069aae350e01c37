# Recursive: the sum of the two lists from here, given the carry coming in; depth at most 101.
class Solution:
    def addTwoNumbers(self, l1: Optional[ListNode], l2: Optional[ListNode]) -> Optional[ListNode]:
        def add(a, b, carry):
            if a is None and b is None and carry == 0:
                return None
            total = carry + (a.val if a else 0) + (b.val if b else 0)
            return ListNode(total % 10, add(a.next if a else None, b.next if b else None, total // 10))

        return add(l1, l2, 0)

# In place: writes the sum into the nodes of l1 (swapping so it is the longer list), adding a node only
# for a final carry.
class Solution:
    def addTwoNumbers(self, l1: Optional[ListNode], l2: Optional[ListNode]) -> Optional[ListNode]:
        def length(node):
            count = 0
            while node:
                count, node = count + 1, node.next
            return count

        if length(l1) < length(l2):
            l1, l2 = l2, l1
        node, carry = l1, 0
        while True:
            carry, node.val = divmod(node.val + (l2.val if l2 else 0) + carry, 10)
            l2 = l2.next if l2 else None
            if node.next is None:
                break
            node = node.next
        if carry:
            node.next = ListNode(carry)
        return l1

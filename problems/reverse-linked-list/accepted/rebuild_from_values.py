# Collect the values, then write them back in reverse order into the same nodes.
class Solution:
    def reverseList(self, head: Optional[ListNode]) -> Optional[ListNode]:
        values, node = [], head
        while node:
            values.append(node.val)
            node = node.next
        node = head
        while node:
            node.val = values.pop()
            node = node.next
        return head

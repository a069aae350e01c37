# Swaps neighbouring values in a single pass, as if one bubble pass sorted the list.
class Solution:
    def sortList(self, head: Optional[ListNode]) -> Optional[ListNode]:
        node = head
        while node and node.next:
            if node.val > node.next.val:
                node.val, node.next.val = node.next.val, node.val
            node = node.next
        return head

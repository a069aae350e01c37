# Reverse the first k nodes and link their old first node to the reversed rest.
class Solution:
    def reverseKGroup(self, head: Optional[ListNode], k: int) -> Optional[ListNode]:
        node, count = head, 0
        while node and count < k:
            node, count = node.next, count + 1
        if count < k:
            return head
        rest = self.reverseKGroup(node, k)
        previous, node = rest, head
        for _ in range(k):
            node.next, previous, node = previous, node, node.next
        return previous

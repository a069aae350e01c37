# Push up to k nodes on a stack; a full stack pops out reversed, a short one is linked as it is.
class Solution:
    def reverseKGroup(self, head: Optional[ListNode], k: int) -> Optional[ListNode]:
        dummy = tail = ListNode()
        node = head
        while node:
            group = []
            while node and len(group) < k:
                group.append(node)
                node = node.next
            if len(group) < k:
                tail.next = group[0]
                return dummy.next
            while group:
                tail.next = tail = group.pop()
            tail.next = None
        return dummy.next

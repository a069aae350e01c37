# Builds the reordered list out of new nodes and rebinds the local name: the caller's list is unchanged.
class Solution:
    def reorderList(self, head: Optional[ListNode]) -> None:
        values = []
        node = head
        while node:
            values.append(node.val)
            node = node.next
        order = []
        i, j = 0, len(values) - 1
        while i <= j:
            order.append(values[i])
            if i != j:
                order.append(values[j])
            i, j = i + 1, j - 1
        dummy = tail = ListNode()
        for value in order:
            tail.next = tail = ListNode(value)
        head = dummy.next

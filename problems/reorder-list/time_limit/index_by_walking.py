# Treats the list like an array: every node it needs, it reaches by walking from the head: O(n^2).
class Solution:
    def reorderList(self, head: Optional[ListNode]) -> None:
        def node_at(index):
            node = head
            for _ in range(index):
                node = node.next
            return node

        n, node = 0, head
        while node:
            n, node = n + 1, node.next
        order = []
        for i in range((n + 1) // 2):
            order.append(node_at(i))
            if i != n - 1 - i:
                order.append(node_at(n - 1 - i))
        for a, b in zip(order, order[1:]):
            a.next = b
        order[-1].next = None

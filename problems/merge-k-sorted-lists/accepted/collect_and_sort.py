# Collect every node, sort them by value, and relink: O(N log N), fine for N <= 10^4.
class Solution:
    def mergeKLists(self, lists: List[Optional[ListNode]]) -> Optional[ListNode]:
        nodes = []
        for node in lists:
            while node:
                nodes.append(node)
                node = node.next
        nodes.sort(key=lambda node: node.val)
        dummy = tail = ListNode()
        for node in nodes:
            tail.next = tail = node
        tail.next = None
        return dummy.next

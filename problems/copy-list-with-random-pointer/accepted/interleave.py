class Solution:
    def copyRandomList(self, head):
        """O(1) extra space: weave each copy after its original, set randoms, then unweave."""
        node = head
        while node:
            node.next = Node(node.val, node.next)
            node = node.next.next
        node = head
        while node:
            node.next.random = node.random.next if node.random else None
            node = node.next.next
        copy_head = head.next if head else None
        node = head
        while node:
            copy = node.next
            node.next = copy.next
            copy.next = copy.next.next if copy.next else None
            node = node.next
        return copy_head

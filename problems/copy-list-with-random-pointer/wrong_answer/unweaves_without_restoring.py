# Bug: the interleaving copy takes its nodes out again but never restores the original's next pointers.
class Solution:
    def copyRandomList(self, head):
        node = head
        while node:
            node.next = Node(node.val, node.next)
            node = node.next.next
        node = head
        while node:
            node.next.random = node.random.next if node.random else None
            node = node.next.next
        copy_head = head.next if head else None
        copy = copy_head
        while copy and copy.next:
            copy.next = copy.next.next
            copy = copy.next
        return copy_head

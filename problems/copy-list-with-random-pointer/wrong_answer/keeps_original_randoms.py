# Bug: copies the nodes and their next pointers, but lets each copy's random point into the original list.
class Solution:
    def copyRandomList(self, head):
        dummy = tail = Node(0)
        node = head
        while node:
            tail.next = Node(node.val, None, node.random)
            tail, node = tail.next, node.next
        return dummy.next

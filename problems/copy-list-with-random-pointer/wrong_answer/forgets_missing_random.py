# Bug: looks every random pointer up in the map of copies, but None was never put in the map.
class Solution:
    def copyRandomList(self, head):
        copies = {}
        node = head
        while node:
            copies[node] = Node(node.val)
            node = node.next
        node = head
        while node:
            copies[node].next = copies.get(node.next)
            copies[node].random = copies[node.random]
            node = node.next
        return copies.get(head)

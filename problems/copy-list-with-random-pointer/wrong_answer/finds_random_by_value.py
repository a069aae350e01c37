# Bug: finds each random target's copy by its value, which is ambiguous when values repeat.
class Solution:
    def copyRandomList(self, head):
        by_value, copies = {}, []
        node = head
        while node:
            copy = Node(node.val)
            by_value.setdefault(node.val, copy)
            copies.append((node, copy))
            node = node.next
        for (original, copy), following in zip(copies, copies[1:] + [(None, None)]):
            copy.next = following[1]
            copy.random = by_value[original.random.val] if original.random else None
        return copies[0][1] if copies else None

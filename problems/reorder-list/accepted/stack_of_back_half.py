# A stack of all nodes hands out the back half in reverse; weave n // 2 of them in.
class Solution:
    def reorderList(self, head: Optional[ListNode]) -> None:
        stack, node = [], head
        while node:
            stack.append(node)
            node = node.next
        node = head
        for _ in range(len(stack) // 2):
            back = stack.pop()
            back.next, node.next = node.next, back
            node = back.next
        node.next = None

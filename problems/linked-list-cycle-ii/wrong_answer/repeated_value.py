# Bug: remembers values instead of nodes, so a value that merely repeats looks like the loop's start.
class Solution:
    def detectCycle(self, head):
        seen = set()
        node = head
        while node is not None:
            if node.val in seen:
                return node
            seen.add(node.val)
            node = node.next
        return None

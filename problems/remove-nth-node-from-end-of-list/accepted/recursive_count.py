# Recursion: each call returns how many nodes follow, and skips the child that is n-th from the end.
class Solution:
    def removeNthFromEnd(self, head: Optional[ListNode], n: int) -> Optional[ListNode]:
        def rest(node):
            if node is None:
                return None, 0
            node.next, after = rest(node.next)
            position = after + 1
            return (node.next if position == n else node), position

        return rest(head)[0]

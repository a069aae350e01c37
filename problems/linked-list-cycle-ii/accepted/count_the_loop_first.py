class Solution:
    def detectCycle(self, head):
        """Find any node in the loop, measure the loop's length L, then walk two pointers L apart."""
        slow = fast = head
        while fast and fast.next:
            slow, fast = slow.next, fast.next.next
            if slow is fast:
                break
        else:
            return None
        length, node = 1, slow.next
        while node is not slow:
            node, length = node.next, length + 1
        ahead = behind = head
        for _ in range(length):
            ahead = ahead.next
        while ahead is not behind:
            ahead, behind = ahead.next, behind.next
        return behind

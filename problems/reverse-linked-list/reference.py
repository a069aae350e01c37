class Solution:
    def reverseList(self, head):
        """Turn each next pointer around while walking the list once."""
        prev, curr = None, head
        while curr:
            curr.next, prev, curr = prev, curr, curr.next
        return prev

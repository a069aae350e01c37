# A list of at most 10^4 nodes that ends must end within 10^4 steps: walking further proves a loop.
class Solution:
    def hasCycle(self, head: Optional[ListNode]) -> bool:
        for _ in range(10**4 + 1):
            if head is None:
                return False
            head = head.next
        return True

import heapq


class Solution:
    def mergeKLists(self, lists):
        """A min-heap of the current heads; the index breaks ties, since nodes do not compare."""
        heap = [(node.val, index, node) for index, node in enumerate(lists) if node]
        heapq.heapify(heap)
        dummy = tail = ListNode()
        while heap:
            _, index, node = heap[0]
            if node.next:
                heapq.heapreplace(heap, (node.next.val, index, node.next))
            else:
                heapq.heappop(heap)
            tail.next = tail = node
        tail.next = None
        return dummy.next

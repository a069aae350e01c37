# Bug: always pushes and pops, so a heap that starts with k - 1 numbers never grows to k.
import heapq


class KthLargest:
    def __init__(self, k: int, nums: List[int]):
        self.heap = heapq.nlargest(k, nums)
        heapq.heapify(self.heap)

    def add(self, val: int) -> int:
        heapq.heappushpop(self.heap, val)
        return self.heap[0] if self.heap else val

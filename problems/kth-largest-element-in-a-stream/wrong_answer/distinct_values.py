# Bug: counts distinct values only (a set), so repeats do not count toward k.
import heapq


class KthLargest:
    def __init__(self, k: int, nums: List[int]):
        self.k = k
        self.values = set(nums)

    def add(self, val: int) -> int:
        self.values.add(val)
        return heapq.nlargest(self.k, self.values)[-1]

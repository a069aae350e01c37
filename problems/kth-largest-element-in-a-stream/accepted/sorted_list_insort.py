# A sorted list of everything, with bisect.insort: O(n) per add, but the shifting is a fast memmove.
import bisect


class KthLargest:
    def __init__(self, k: int, nums: List[int]):
        self.k = k
        self.nums = sorted(nums)

    def add(self, val: int) -> int:
        bisect.insort(self.nums, val)
        return self.nums[-self.k]

# O(n log n) per add: appends to an unsorted list and sorts a copy of all of it every time.
class KthLargest:
    def __init__(self, k: int, nums: List[int]):
        self.k = k
        self.nums = list(nums)

    def add(self, val: int) -> int:
        self.nums.append(val)
        return sorted(self.nums)[-self.k]

# Bug: returns the insertion point without checking that target is really there.
from bisect import bisect_left


class Solution:
    def search(self, nums: List[int], target: int) -> int:
        index = bisect_left(nums, target)
        return index if index < len(nums) else -1

# Sort, then equal values sit next to each other: O(n log n) time.
class Solution:
    def containsDuplicate(self, nums: List[int]) -> bool:
        ordered = sorted(nums)
        return any(a == b for a, b in zip(ordered, ordered[1:]))

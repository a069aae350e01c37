# Twice the sum of the distinct values, minus the sum of all, is the value counted once. O(n) memory.
class Solution:
    def singleNumber(self, nums: List[int]) -> int:
        return 2 * sum(set(nums)) - sum(nums)

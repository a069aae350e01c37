# Bug: XORs the indices 0..n-1 and the values, but never n itself.
class Solution:
    def missingNumber(self, nums: List[int]) -> int:
        missing = 0
        for index, value in enumerate(nums):
            missing ^= index ^ value
        return missing

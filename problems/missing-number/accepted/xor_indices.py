# XOR every index 0..n and every value: each present number appears twice and cancels.
class Solution:
    def missingNumber(self, nums: List[int]) -> int:
        missing = len(nums)
        for index, value in enumerate(nums):
            missing ^= index ^ value
        return missing

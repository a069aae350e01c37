# Bug: takes n to be max(nums), so when n itself is the missing number the answer comes out 0.
class Solution:
    def missingNumber(self, nums: List[int]) -> int:
        top = max(nums)
        return top * (top + 1) // 2 - sum(nums)

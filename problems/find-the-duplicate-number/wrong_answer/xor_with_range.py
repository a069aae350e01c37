# Bug: the xor trick of "missing number": cancels 1..n against nums, right only when the value appears exactly twice.
class Solution:
    def findDuplicate(self, nums):
        result = 0
        for x in nums:
            result ^= x
        for v in range(1, len(nums)):
            result ^= v
        return result

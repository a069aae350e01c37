class Solution:
    def missingNumber(self, nums):
        """0 + 1 + ... + n, less the numbers present, is the one absent."""
        n = len(nums)
        return n * (n + 1) // 2 - sum(nums)

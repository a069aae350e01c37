class Solution:
    def singleNumber(self, nums):
        """x ^ x == 0: XOR-ing everything cancels every pair and leaves the single value."""
        single = 0
        for value in nums:
            single ^= value
        return single

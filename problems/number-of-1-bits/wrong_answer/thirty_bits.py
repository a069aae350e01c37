# Bug: checks bits 0 to 29 only, missing bit 30 of the numbers from 2^30 up.
class Solution:
    def hammingWeight(self, n: int) -> int:
        return sum((n >> i) & 1 for i in range(30))

# Bug: 32 minus the number of 0s in bin(n), but bin has no leading zeros and a "0b" prefix.
class Solution:
    def hammingWeight(self, n: int) -> int:
        return 32 - bin(n).count("0")

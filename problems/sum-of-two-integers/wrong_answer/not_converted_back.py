# Masks to 32 bits, so the loop ends, but returns the unsigned pattern: -1 comes back as 4294967295.
class Solution:
    def getSum(self, a: int, b: int) -> int:
        mask = 0xFFFFFFFF
        a, b = a & mask, b & mask
        while b:
            a, b = (a ^ b) & mask, ((a & b) << 1) & mask
        return a

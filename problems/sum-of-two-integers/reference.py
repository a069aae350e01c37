MASK = 0xFFFFFFFF
INT_MAX = 0x7FFFFFFF


class Solution:
    def getSum(self, a, b):
        """Carry-less sum and carries, repeated in 32-bit two's complement until no carry is left."""
        a, b = a & MASK, b & MASK
        while b:
            a, b = (a ^ b) & MASK, ((a & b) << 1) & MASK
        return a if a <= INT_MAX else ~(a ^ MASK)

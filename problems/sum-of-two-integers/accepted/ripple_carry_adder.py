class Solution:
    def getSum(self, a: int, b: int) -> int:
        """A full adder, one bit column at a time over 32 bits, then read back as signed."""
        result, carry = 0, 0
        for bit in range(32):
            x, y = (a >> bit) & 1, (b >> bit) & 1
            result |= (x ^ y ^ carry) << bit
            carry = (x & y) | (carry & (x ^ y))
        return result - (1 << 32) if result >> 31 else result

# Bug: correct doubling, but the one overflow (-2^31 / -1 = 2^31) is returned unclamped.
class Solution:
    def divide(self, dividend: int, divisor: int) -> int:
        negative = (dividend < 0) != (divisor < 0)
        a, b = abs(dividend), abs(divisor)
        quotient = 0
        while a >= b:
            chunk, count = b, 1
            while chunk << 1 <= a:
                chunk <<= 1
                count <<= 1
            a -= chunk
            quotient += count
        return -quotient if negative else quotient

# Bug: the quotient is taken as negative when either operand is negative, so two negatives
# give a negative quotient.
class Solution:
    def divide(self, dividend: int, divisor: int) -> int:
        negative = dividend < 0 or divisor < 0
        a, b = abs(dividend), abs(divisor)
        quotient = 0
        while a >= b:
            chunk, count = b, 1
            while chunk << 1 <= a:
                chunk <<= 1
                count <<= 1
            a -= chunk
            quotient += count
        quotient = -quotient if negative else quotient
        return max(-2**31, min(2**31 - 1, quotient))

# Brute force: subtracts the divisor's magnitude once per unit of the quotient.
class Solution:
    def divide(self, dividend: int, divisor: int) -> int:
        negative = (dividend < 0) != (divisor < 0)
        a, b = abs(dividend), abs(divisor)
        quotient = 0
        while a >= b:
            a -= b
            quotient += 1
        quotient = -quotient if negative else quotient
        return max(-2**31, min(2**31 - 1, quotient))

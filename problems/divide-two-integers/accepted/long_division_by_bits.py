class Solution:
    def divide(self, dividend: int, divisor: int) -> int:
        # Binary long division: from bit 31 down, take divisor << bit whenever it fits.
        if dividend == -2**31 and divisor == -1:
            return 2**31 - 1
        a, b = abs(dividend), abs(divisor)
        quotient = 0
        for bit in range(31, -1, -1):
            if (b << bit) <= a:
                a -= b << bit
                quotient |= 1 << bit
        return quotient if (dividend < 0) == (divisor < 0) else -quotient

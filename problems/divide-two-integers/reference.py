INT_MAX, INT_MIN = 2**31 - 1, -2**31


class Solution:
    def divide(self, dividend, divisor):
        negative = (dividend < 0) != (divisor < 0)
        left, step = abs(dividend), abs(divisor)
        quotient = 0
        # Subtract the largest doubling of the divisor that fits, then the next, and so on.
        while left >= step:
            multiple, count = step, 1
            while multiple + multiple <= left:
                multiple += multiple
                count += count
            left -= multiple
            quotient += count
        quotient = -quotient if negative else quotient
        return max(INT_MIN, min(INT_MAX, quotient))

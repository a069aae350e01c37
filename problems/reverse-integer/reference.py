class Solution:
    def reverse(self, x):
        """Digit by digit on |x|, refusing any step that would leave the 32-bit range."""
        limit = 2**31 if x < 0 else 2**31 - 1
        rest, result = abs(x), 0
        while rest:
            rest, digit = divmod(rest, 10)
            if result > (limit - digit) // 10:
                return 0
            result = result * 10 + digit
        return -result if x < 0 else result

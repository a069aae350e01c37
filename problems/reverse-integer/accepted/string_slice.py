class Solution:
    def reverse(self, x: int) -> int:
        digits = str(abs(x))[::-1]
        result = int(digits) * (-1 if x < 0 else 1)
        return result if -2**31 <= result <= 2**31 - 1 else 0

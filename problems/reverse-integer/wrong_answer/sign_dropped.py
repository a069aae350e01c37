# Reverses the text of x and strips the '-' that lands at the end, but never puts the sign back.
class Solution:
    def reverse(self, x: int) -> int:
        result = int(str(x)[::-1].rstrip("-"))
        return result if result <= 2**31 - 1 else 0

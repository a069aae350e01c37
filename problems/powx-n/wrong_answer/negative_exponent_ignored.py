# Bug: the square-and-multiply loop runs while n > 0, so any negative n returns 1.
class Solution:
    def myPow(self, x: float, n: int) -> float:
        result = 1.0
        while n > 0:
            if n % 2 == 1:
                result *= x
            x *= x
            n //= 2
        return result

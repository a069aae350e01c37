# Bug: halving recursion that forgets the extra factor x when n is odd (except at n = 1).
class Solution:
    def myPow(self, x: float, n: int) -> float:
        if n < 0:
            return 1.0 / self.myPow(x, -n)
        if n == 0:
            return 1.0
        if n == 1:
            return x
        half = self.myPow(x, n // 2)
        return half * half

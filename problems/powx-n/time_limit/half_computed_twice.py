# Halving recursion that calls itself twice for the same half: 2^(depth) calls, O(n) in all.
class Solution:
    def myPow(self, x: float, n: int) -> float:
        if n < 0:
            return 1 / self.myPow(x, -n)
        if n == 0:
            return 1.0
        if n % 2:
            return x * self.myPow(x, n // 2) * self.myPow(x, n // 2)
        return self.myPow(x, n // 2) * self.myPow(x, n // 2)

class Solution:
    def myPow(self, x: float, n: int) -> float:
        if n < 0:
            return 1.0 / self.myPow(x, -n) if x != 0 else 0.0
        if n == 0:
            return 1.0
        half = self.myPow(x, n // 2)
        return half * half * (x if n % 2 else 1.0)

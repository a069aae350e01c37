# Bug: returns the n-th Fibonacci number F(n) (F(1) = F(2) = 1), one index short of the answer F(n + 1).
class Solution:
    def climbStairs(self, n):
        a, b = 0, 1
        for _ in range(n):
            a, b = b, a + b
        return a

# Exponential: ways(n) = ways(n - 1) + ways(n - 2) with no memo, about 2 * F(n + 1) calls (3.6 billion at n = 45).
class Solution:
    def climbStairs(self, n):
        if n <= 2:
            return n
        return self.climbStairs(n - 1) + self.climbStairs(n - 2)

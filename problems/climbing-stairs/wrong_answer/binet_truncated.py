# Bug: Binet's formula with the vanishing psi term dropped and the result truncated with int(), not rounded:
# phi^(n+1) / sqrt(5) sits just below the answer whenever n + 1 is even, so it comes out one short.
import math


class Solution:
    def climbStairs(self, n):
        phi = (1 + math.sqrt(5)) / 2
        return int(phi ** (n + 1) / math.sqrt(5))

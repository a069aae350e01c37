# Bug: the factorial formula with / instead of //, so the answer comes back as a float (10.0, not 10).
from math import factorial


class Solution:
    def uniquePaths(self, m, n):
        return factorial(m + n - 2) / (factorial(m - 1) * factorial(n - 1))

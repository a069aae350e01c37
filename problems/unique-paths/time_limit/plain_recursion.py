# Exponential: walks every path with no memo, so the calls grow with the answer itself (over 10^9 at 17 x 18).
class Solution:
    def uniquePaths(self, m, n):
        if m == 1 or n == 1:
            return 1
        return self.uniquePaths(m - 1, n) + self.uniquePaths(m, n - 1)

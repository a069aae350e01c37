# Exponential: sums over every root and recurses into both sides with no memo, about 3^n calls (10^9 at n = 19).
class Solution:
    def numTrees(self, n):
        if n <= 1:
            return 1
        return sum(self.numTrees(root - 1) * self.numTrees(n - root) for root in range(1, n + 1))

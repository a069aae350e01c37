class Solution:
    def numTrees(self, n):
        """count[k]: trees on k values; each root splits them into i - 1 below it and k - i above."""
        count = [1] + [0] * n  # the empty tree is one shape
        for k in range(1, n + 1):
            count[k] = sum(count[root - 1] * count[k - root] for root in range(1, k + 1))
        return count[n]

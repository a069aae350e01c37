class Solution:
    def maxCoins(self, nums):
        """best[i][j]: the most coins from bursting every balloon strictly between i and j, which stay.
        Choose k, the last balloon burst between them: it pays vals[i] * vals[k] * vals[j]."""
        vals = [1] + nums + [1]
        n = len(vals)
        best = [[0] * n for _ in range(n)]
        for gap in range(2, n):
            for i in range(n - gap):
                j = i + gap
                row_i, outer = best[i], vals[i] * vals[j]
                best[i][j] = max(row_i[k] + outer * vals[k] + best[k][j] for k in range(i + 1, j))
        return best[0][n - 1]

# Splits on the first balloon burst, as if its neighbours stayed fixed and the two sides were independent.
class Solution:
    def maxCoins(self, nums: List[int]) -> int:
        vals = [1] + nums + [1]
        n = len(vals)
        best = [[0] * n for _ in range(n)]
        for gap in range(2, n):
            for i in range(n - gap):
                j = i + gap
                best[i][j] = max(vals[k - 1] * vals[k] * vals[k + 1] + best[i][k] + best[k][j]
                                 for k in range(i + 1, j))
        return best[0][n - 1]

# The full m x n table of best sums, borders first.
class Solution:
    def minPathSum(self, grid: List[List[int]]) -> int:
        m, n = len(grid), len(grid[0])
        best = [[0] * n for _ in range(m)]
        best[0][0] = grid[0][0]
        for i in range(1, m):
            best[i][0] = best[i - 1][0] + grid[i][0]
        for j in range(1, n):
            best[0][j] = best[0][j - 1] + grid[0][j]
        for i in range(1, m):
            for j in range(1, n):
                best[i][j] = grid[i][j] + min(best[i - 1][j], best[i][j - 1])
        return best[m - 1][n - 1]

# Bug: the table is padded with a row and column of 0 instead of infinity, so the border cells
# take the free 0 from outside the grid and forget the cells before them.
class Solution:
    def minPathSum(self, grid):
        m, n = len(grid), len(grid[0])
        best = [[0] * (n + 1) for _ in range(m + 1)]
        for i in range(1, m + 1):
            for j in range(1, n + 1):
                best[i][j] = grid[i - 1][j - 1] + min(best[i - 1][j], best[i][j - 1])
        return best[m][n]

# Bug: only the top row is set to 1; the left column stays 0, as if the cells below the start were unreachable.
class Solution:
    def uniquePaths(self, m, n):
        grid = [[0] * n for _ in range(m)]
        grid[0] = [1] * n
        for i in range(1, m):
            for j in range(1, n):
                grid[i][j] = grid[i - 1][j] + grid[i][j - 1]
        return grid[m - 1][n - 1]

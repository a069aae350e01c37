# Exponential: the cost from each cell is recomputed on every path that reaches it (no memo).
class Solution:
    def minPathSum(self, grid):
        m, n = len(grid), len(grid[0])

        def cost(i, j):
            if i == m - 1 and j == n - 1:
                return grid[i][j]
            if i == m - 1:
                return grid[i][j] + cost(i, j + 1)
            if j == n - 1:
                return grid[i][j] + cost(i + 1, j)
            return grid[i][j] + min(cost(i + 1, j), cost(i, j + 1))

        return cost(0, 0)

# Bug: greedy, always steps to the cheaper of the cell below and the cell to the right.
class Solution:
    def minPathSum(self, grid):
        m, n = len(grid), len(grid[0])
        i = j = 0
        total = grid[0][0]
        while i < m - 1 or j < n - 1:
            if i == m - 1:
                j += 1
            elif j == n - 1 or grid[i + 1][j] <= grid[i][j + 1]:
                i += 1
            else:
                j += 1
            total += grid[i][j]
        return total

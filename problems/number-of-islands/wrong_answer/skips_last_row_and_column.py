# Bug: off-by-one in the scan bounds, so islands only in the last row or column are never started.
class Solution:
    def numIslands(self, grid):
        rows, cols = len(grid), len(grid[0])

        def sink(r, c):
            stack = [(r, c)]
            grid[r][c] = "0"
            while stack:
                i, j = stack.pop()
                for a, b in ((i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1)):
                    if 0 <= a < rows and 0 <= b < cols and grid[a][b] == "1":
                        grid[a][b] = "0"
                        stack.append((a, b))

        count = 0
        for r in range(rows - 1):
            for c in range(cols - 1):
                if grid[r][c] == "1":
                    count += 1
                    sink(r, c)
        return count

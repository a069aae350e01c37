# O((m * n) * islands): after sinking each island, scans the whole grid again from the top.
class Solution:
    def numIslands(self, grid):
        rows, cols = len(grid), len(grid[0])
        count = 0
        while True:
            start = None
            for r in range(rows):
                for c in range(cols):
                    if grid[r][c] == "1":
                        start = (r, c)
                        break
                if start:
                    break
            if start is None:
                return count
            count += 1
            grid[start[0]][start[1]] = "0"
            stack = [start]
            while stack:
                i, j = stack.pop()
                for a, b in ((i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1)):
                    if 0 <= a < rows and 0 <= b < cols and grid[a][b] == "1":
                        grid[a][b] = "0"
                        stack.append((a, b))

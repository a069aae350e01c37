# Minute by minute: find the oranges that turn this minute, then rot them all at once.
class Solution:
    def orangesRotting(self, grid: List[List[int]]) -> int:
        rows, cols = len(grid), len(grid[0])
        minutes = 0
        while True:
            turning = [
                (r, c) for r in range(rows) for c in range(cols)
                if grid[r][c] == 1 and any(
                    0 <= a < rows and 0 <= b < cols and grid[a][b] == 2
                    for a, b in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)))
            ]
            if not turning:
                break
            for r, c in turning:
                grid[r][c] = 2
            minutes += 1
        if any(1 in row for row in grid):
            return -1
        return minutes

# Bug: rots oranges in place while scanning, so rot can cross several cells in one minute.
class Solution:
    def orangesRotting(self, grid):
        rows, cols = len(grid), len(grid[0])
        minutes = 0
        changed = True
        while changed:
            changed = False
            for r in range(rows):
                for c in range(cols):
                    if grid[r][c] == 2:
                        for a, b in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                            if 0 <= a < rows and 0 <= b < cols and grid[a][b] == 1:
                                grid[a][b] = 2
                                changed = True
            if changed:
                minutes += 1
        return -1 if any(1 in row for row in grid) else minutes

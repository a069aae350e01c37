# Bug: forgets to check for fresh oranges the rot never reached, so it never returns -1.
from collections import deque


class Solution:
    def orangesRotting(self, grid):
        rows, cols = len(grid), len(grid[0])
        queue = deque((r, c, 0) for r in range(rows) for c in range(cols) if grid[r][c] == 2)
        minutes = 0
        while queue:
            r, c, t = queue.popleft()
            minutes = max(minutes, t)
            for a, b in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if 0 <= a < rows and 0 <= b < cols and grid[a][b] == 1:
                    grid[a][b] = 2
                    queue.append((a, b, t + 1))
        return minutes

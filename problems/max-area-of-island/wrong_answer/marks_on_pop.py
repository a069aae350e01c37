# Bug: marks a cell when it is popped, not when pushed, and counts every pop: a cell reached twice counts twice.
class Solution:
    def maxAreaOfIsland(self, grid):
        rows, cols = len(grid), len(grid[0])
        seen = set()
        best = 0
        for r in range(rows):
            for c in range(cols):
                if grid[r][c] != 1 or (r, c) in seen:
                    continue
                stack, area = [(r, c)], 0
                while stack:
                    y, x = stack.pop()
                    seen.add((y, x))
                    area += 1
                    for ny, nx in ((y + 1, x), (y - 1, x), (y, x + 1), (y, x - 1)):
                        if 0 <= ny < rows and 0 <= nx < cols and grid[ny][nx] == 1 and (ny, nx) not in seen:
                            stack.append((ny, nx))
                best = max(best, area)
        return best

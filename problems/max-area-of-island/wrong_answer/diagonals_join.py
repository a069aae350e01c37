# Bug: joins diagonal neighbours too, so islands touching at a corner are counted as one.
class Solution:
    def maxAreaOfIsland(self, grid):
        rows, cols = len(grid), len(grid[0])
        seen = set()
        best = 0
        for r in range(rows):
            for c in range(cols):
                if grid[r][c] != 1 or (r, c) in seen:
                    continue
                seen.add((r, c))
                stack, area = [(r, c)], 0
                while stack:
                    y, x = stack.pop()
                    area += 1
                    for dy in (-1, 0, 1):
                        for dx in (-1, 0, 1):
                            ny, nx = y + dy, x + dx
                            if 0 <= ny < rows and 0 <= nx < cols and grid[ny][nx] == 1 and (ny, nx) not in seen:
                                seen.add((ny, nx))
                                stack.append((ny, nx))
                best = max(best, area)
        return best

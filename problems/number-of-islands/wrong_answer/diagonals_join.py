# Bug: treats cells that touch at a corner as joined (8 neighbours instead of 4).
class Solution:
    def numIslands(self, grid):
        rows, cols = len(grid), len(grid[0])
        seen = set()
        count = 0
        for r in range(rows):
            for c in range(cols):
                if grid[r][c] == "1" and (r, c) not in seen:
                    count += 1
                    seen.add((r, c))
                    stack = [(r, c)]
                    while stack:
                        i, j = stack.pop()
                        for di in (-1, 0, 1):
                            for dj in (-1, 0, 1):
                                a, b = i + di, j + dj
                                if 0 <= a < rows and 0 <= b < cols and grid[a][b] == "1" and (a, b) not in seen:
                                    seen.add((a, b))
                                    stack.append((a, b))
        return count

# Exponential: backtracking over every simple route from the top-left to the bottom-right square.
class Solution:
    def swimInWater(self, grid):
        n = len(grid)
        best = n * n
        on_route = [[False] * n for _ in range(n)]

        def walk(r, c, level):
            nonlocal best
            level = max(level, grid[r][c])
            if r == n - 1 and c == n - 1:
                best = min(best, level)
                return
            on_route[r][c] = True
            for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if 0 <= nr < n and 0 <= nc < n and not on_route[nr][nc]:
                    walk(nr, nc, level)
            on_route[r][c] = False

        walk(0, 0, 0)
        return best

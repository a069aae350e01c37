# Bug: starts the running maximum at 0 and never counts the starting square's own elevation.
import heapq


class Solution:
    def swimInWater(self, grid):
        n = len(grid)
        seen = {(0, 0)}
        heap = [(0, 0, 0)]
        level = 0
        while heap:
            height, r, c = heapq.heappop(heap)
            level = max(level, height)
            if r == n - 1 and c == n - 1:
                return level
            for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if 0 <= nr < n and 0 <= nc < n and (nr, nc) not in seen:
                    seen.add((nr, nc))
                    heapq.heappush(heap, (grid[nr][nc], nr, nc))
        return level

# Bug: climbs only to strictly higher neighbours, so water never crosses a flat stretch.
from collections import deque


class Solution:
    def pacificAtlantic(self, heights):
        rows, cols = len(heights), len(heights[0])

        def climb(starts):
            reached = set(starts)
            queue = deque(starts)
            while queue:
                r, c = queue.popleft()
                for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                    if (0 <= nr < rows and 0 <= nc < cols and (nr, nc) not in reached
                            and heights[nr][nc] > heights[r][c]):
                        reached.add((nr, nc))
                        queue.append((nr, nc))
            return reached

        pacific = climb([(0, c) for c in range(cols)] + [(r, 0) for r in range(1, rows)])
        atlantic = climb([(rows - 1, c) for c in range(cols)] + [(r, cols - 1) for r in range(rows - 1)])
        return [[r, c] for r in range(rows) for c in range(cols) if (r, c) in pacific and (r, c) in atlantic]

# Bug: seeds the Pacific from the top row only and the Atlantic from the bottom row only, forgetting the side columns.
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
                            and heights[nr][nc] >= heights[r][c]):
                        reached.add((nr, nc))
                        queue.append((nr, nc))
            return reached

        pacific = climb([(0, c) for c in range(cols)])
        atlantic = climb([(rows - 1, c) for c in range(cols)])
        return [[r, c] for r in range(rows) for c in range(cols) if (r, c) in pacific and (r, c) in atlantic]

# O((m * n)^2): from every cell, a BFS downhill until both oceans are touched.
from collections import deque


class Solution:
    def pacificAtlantic(self, heights):
        rows, cols = len(heights), len(heights[0])
        answer = []
        for r in range(rows):
            for c in range(cols):
                seen = {(r, c)}
                queue = deque([(r, c)])
                pacific = atlantic = False
                while queue and not (pacific and atlantic):
                    y, x = queue.popleft()
                    pacific = pacific or y == 0 or x == 0
                    atlantic = atlantic or y == rows - 1 or x == cols - 1
                    for ny, nx in ((y + 1, x), (y - 1, x), (y, x + 1), (y, x - 1)):
                        if (0 <= ny < rows and 0 <= nx < cols and (ny, nx) not in seen
                                and heights[ny][nx] <= heights[y][x]):
                            seen.add((ny, nx))
                            queue.append((ny, nx))
                if pacific and atlantic:
                    answer.append([r, c])
        return answer

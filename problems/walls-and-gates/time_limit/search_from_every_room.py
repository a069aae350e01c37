# O((m * n)^2): a fresh BFS from every empty room until it meets a gate.
from collections import deque

EMPTY = 2**31 - 1


class Solution:
    def wallsAndGates(self, rooms):
        rows, cols = len(rooms), len(rooms[0])
        found = {}
        for sr in range(rows):
            for sc in range(cols):
                if rooms[sr][sc] != EMPTY:
                    continue
                seen = {(sr, sc)}
                queue = deque([(sr, sc, 0)])
                while queue:
                    r, c, d = queue.popleft()
                    if rooms[r][c] == 0:
                        found[sr, sc] = d
                        break
                    for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                        if 0 <= nr < rows and 0 <= nc < cols and (nr, nc) not in seen and rooms[nr][nc] != -1:
                            seen.add((nr, nc))
                            queue.append((nr, nc, d + 1))
        for (r, c), d in found.items():
            rooms[r][c] = d

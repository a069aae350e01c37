# Bug: a BFS from each gate in turn, but a room filled by an earlier gate is never improved by a nearer one.
from collections import deque

EMPTY = 2**31 - 1


class Solution:
    def wallsAndGates(self, rooms):
        rows, cols = len(rooms), len(rooms[0])
        for gr in range(rows):
            for gc in range(cols):
                if rooms[gr][gc] != 0:
                    continue
                queue = deque([(gr, gc)])
                while queue:
                    r, c = queue.popleft()
                    for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                        if 0 <= nr < rows and 0 <= nc < cols and rooms[nr][nc] == EMPTY:
                            rooms[nr][nc] = rooms[r][c] + 1
                            queue.append((nr, nc))

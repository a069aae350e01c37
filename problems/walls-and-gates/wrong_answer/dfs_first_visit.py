# Bug: a DFS from each gate that sets a room on its first visit; depth-first paths are not shortest paths.
EMPTY = 2**31 - 1


class Solution:
    def wallsAndGates(self, rooms):
        rows, cols = len(rooms), len(rooms[0])
        for gr in range(rows):
            for gc in range(cols):
                if rooms[gr][gc] != 0:
                    continue
                seen = {(gr, gc)}
                stack = [(gr, gc, 0)]
                while stack:
                    r, c, d = stack.pop()
                    for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                        if 0 <= nr < rows and 0 <= nc < cols and (nr, nc) not in seen and rooms[nr][nc] > 0:
                            seen.add((nr, nc))
                            rooms[nr][nc] = min(rooms[nr][nc], d + 1)
                            stack.append((nr, nc, d + 1))

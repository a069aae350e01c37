# O((m * n)^2): for each O, searches its whole region afresh to see whether it reaches the border.
from collections import deque


class Solution:
    def solve(self, board):
        rows, cols = len(board), len(board[0])
        captured = []
        for r in range(rows):
            for c in range(cols):
                if board[r][c] != "O":
                    continue
                seen, queue, escapes = {(r, c)}, deque([(r, c)]), False
                while queue and not escapes:
                    cr, cc = queue.popleft()
                    if cr in (0, rows - 1) or cc in (0, cols - 1):
                        escapes = True
                    for nr, nc in ((cr + 1, cc), (cr - 1, cc), (cr, cc + 1), (cr, cc - 1)):
                        if 0 <= nr < rows and 0 <= nc < cols and board[nr][nc] == "O" and (nr, nc) not in seen:
                            seen.add((nr, nc))
                            queue.append((nr, nc))
                if not escapes:
                    captured.append((r, c))
        for r, c in captured:
            board[r][c] = "X"

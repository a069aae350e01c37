# Bug: treats diagonal cells as connected, so a region touching a free O only at a corner escapes capture.
from collections import deque


class Solution:
    def solve(self, board):
        rows, cols = len(board), len(board[0])
        queue = deque()
        for r in range(rows):
            for c in range(cols):
                if (r in (0, rows - 1) or c in (0, cols - 1)) and board[r][c] == "O":
                    board[r][c] = "S"
                    queue.append((r, c))
        while queue:
            r, c = queue.popleft()
            for dr in (-1, 0, 1):
                for dc in (-1, 0, 1):
                    nr, nc = r + dr, c + dc
                    if 0 <= nr < rows and 0 <= nc < cols and board[nr][nc] == "O":
                        board[nr][nc] = "S"
                        queue.append((nr, nc))
        for row in board:
            for c, cell in enumerate(row):
                row[c] = "O" if cell == "S" else "X"

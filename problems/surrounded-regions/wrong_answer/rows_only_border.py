# Bug: starts the search from the top and bottom rows only, forgetting the left and right columns.
from collections import deque


class Solution:
    def solve(self, board):
        rows, cols = len(board), len(board[0])
        queue = deque()
        for c in range(cols):
            for r in (0, rows - 1):
                if board[r][c] == "O":
                    board[r][c] = "S"
                    queue.append((r, c))
        while queue:
            r, c = queue.popleft()
            for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if 0 <= nr < rows and 0 <= nc < cols and board[nr][nc] == "O":
                    board[nr][nc] = "S"
                    queue.append((nr, nc))
        for row in board:
            for c, cell in enumerate(row):
                row[c] = "O" if cell == "S" else "X"

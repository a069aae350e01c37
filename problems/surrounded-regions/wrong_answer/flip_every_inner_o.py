# Bug: keeps only the O's on the border itself, so an inner O connected to a border O is captured too.
class Solution:
    def solve(self, board):
        rows, cols = len(board), len(board[0])
        for r in range(1, rows - 1):
            for c in range(1, cols - 1):
                board[r][c] = "X"

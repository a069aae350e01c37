# Bug: the board is [["."] * n] * n, n references to one row, so placing a queen marks every row at once.
class Solution:
    def solveNQueens(self, n):
        answer = []
        board = [["."] * n] * n
        columns, diagonals, anti_diagonals = set(), set(), set()

        def place(row):
            if row == n:
                answer.append(["".join(line) for line in board])
                return
            for c in range(n):
                if c in columns or row - c in diagonals or row + c in anti_diagonals:
                    continue
                columns.add(c), diagonals.add(row - c), anti_diagonals.add(row + c)
                board[row][c] = "Q"
                place(row + 1)
                board[row][c] = "."
                columns.remove(c), diagonals.remove(row - c), anti_diagonals.remove(row + c)

        place(0)
        return answer

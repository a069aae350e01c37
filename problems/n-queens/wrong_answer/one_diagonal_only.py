# Bug: checks columns and the r - c diagonals but forgets the r + c anti-diagonals.
class Solution:
    def solveNQueens(self, n):
        answer, columns_of = [], []

        def place(row):
            if row == n:
                answer.append(["." * c + "Q" + "." * (n - c - 1) for c in columns_of])
                return
            for c in range(n):
                if any(c == other or row - c == r - other for r, other in enumerate(columns_of)):
                    continue
                columns_of.append(c)
                place(row + 1)
                columns_of.pop()

        place(0)
        return answer

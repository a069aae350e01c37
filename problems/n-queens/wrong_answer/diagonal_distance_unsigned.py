# Bug: the diagonal test compares r - other with row - c without abs(), so only one direction of diagonal
# attack is caught when the distances are written as differences of rows and columns.
class Solution:
    def solveNQueens(self, n):
        answer, columns_of = [], []

        def safe(row, c):
            for r, other in enumerate(columns_of):
                if other == c or row - r == c - other:
                    return False
            return True

        def place(row):
            if row == n:
                answer.append(["." * c + "Q" + "." * (n - c - 1) for c in columns_of])
                return
            for c in range(n):
                if safe(row, c):
                    columns_of.append(c)
                    place(row + 1)
                    columns_of.pop()

        place(0)
        return answer

class Solution:
    def solveNQueens(self, n):
        """Row by row; a queen is placed only where its column and both diagonals are free."""
        answer, columns_of = [], []
        columns, diagonals, anti_diagonals = set(), set(), set()

        def place(row):
            if row == n:
                answer.append(["." * c + "Q" + "." * (n - c - 1) for c in columns_of])
                return
            for c in range(n):
                if c in columns or row - c in diagonals or row + c in anti_diagonals:
                    continue
                columns.add(c), diagonals.add(row - c), anti_diagonals.add(row + c)
                columns_of.append(c)
                place(row + 1)
                columns_of.pop()
                columns.remove(c), diagonals.remove(row - c), anti_diagonals.remove(row + c)

        place(0)
        return answer

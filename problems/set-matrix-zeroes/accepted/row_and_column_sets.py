# O(m + n) space: collect the rows and columns that hold a zero, then zero them.
class Solution:
    def setZeroes(self, matrix: List[List[int]]) -> None:
        rows = {r for r, row in enumerate(matrix) if 0 in row}
        cols = {c for row in matrix for c, v in enumerate(row) if v == 0}
        for r, row in enumerate(matrix):
            if r in rows:
                row[:] = [0] * len(row)
            else:
                for c in cols:
                    row[c] = 0

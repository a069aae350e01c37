class Solution:
    def setZeroes(self, matrix):
        rows, cols = len(matrix), len(matrix[0])
        first_row = any(v == 0 for v in matrix[0])
        first_col = any(matrix[r][0] == 0 for r in range(rows))
        for r in range(1, rows):  # the first row and column record the marks
            row = matrix[r]
            for c in range(1, cols):
                if row[c] == 0:
                    row[0] = 0
                    matrix[0][c] = 0
        for r in range(1, rows):
            row = matrix[r]
            for c in range(1, cols):
                if row[0] == 0 or matrix[0][c] == 0:
                    row[c] = 0
        if first_row:
            matrix[0] = [0] * cols
        if first_col:
            for r in range(rows):
                matrix[r][0] = 0

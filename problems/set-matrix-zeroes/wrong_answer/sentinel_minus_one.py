# Bug: marks cells to clear with -1, a value the matrix itself may hold.
class Solution:
    def setZeroes(self, matrix):
        rows, cols = len(matrix), len(matrix[0])
        for r in range(rows):
            for c in range(cols):
                if matrix[r][c] == 0:
                    for j in range(cols):
                        if matrix[r][j] != 0:
                            matrix[r][j] = -1
                    for i in range(rows):
                        if matrix[i][c] != 0:
                            matrix[i][c] = -1
        for r in range(rows):
            for c in range(cols):
                if matrix[r][c] == -1:
                    matrix[r][c] = 0

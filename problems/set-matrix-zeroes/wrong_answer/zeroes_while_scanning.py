# Bug: zeroes the row and column as soon as a 0 is seen, so the new zeros spread further when reached.
class Solution:
    def setZeroes(self, matrix):
        rows, cols = len(matrix), len(matrix[0])
        for r in range(rows):
            for c in range(cols):
                if matrix[r][c] == 0:
                    for j in range(cols):
                        matrix[r][j] = 0
                    for i in range(rows):
                        matrix[i][c] = 0

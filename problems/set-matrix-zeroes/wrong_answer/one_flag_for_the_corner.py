# Bug: O(1) marks without a separate flag for the first column: matrix[0][0] stands for both the first row
# and the first column, so a zero in one wipes the other.
class Solution:
    def setZeroes(self, matrix):
        rows, cols = len(matrix), len(matrix[0])
        for r in range(rows):
            for c in range(cols):
                if matrix[r][c] == 0:
                    matrix[r][0] = 0
                    matrix[0][c] = 0
        for r in range(1, rows):
            for c in range(1, cols):
                if matrix[r][0] == 0 or matrix[0][c] == 0:
                    matrix[r][c] = 0
        if matrix[0][0] == 0:
            for c in range(cols):
                matrix[0][c] = 0
            for r in range(rows):
                matrix[r][0] = 0

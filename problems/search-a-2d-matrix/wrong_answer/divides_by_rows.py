# Bug: maps position k to matrix[k // m][k % m] with m the number of rows: right only for square matrices.
class Solution:
    def searchMatrix(self, matrix, target):
        rows, columns = len(matrix), len(matrix[0])
        low, high = 0, rows * columns - 1
        while low <= high:
            middle = (low + high) // 2
            row, column = middle // rows, middle % rows
            if row >= rows or column >= columns:
                high = middle - 1
                continue
            value = matrix[row][column]
            if value == target:
                return True
            if value < target:
                low = middle + 1
            else:
                high = middle - 1
        return False

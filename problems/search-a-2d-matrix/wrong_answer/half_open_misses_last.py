# Bug: the search range stops one short (high = m * n - 1 with low < high), so the last cell is never compared.
class Solution:
    def searchMatrix(self, matrix, target):
        columns = len(matrix[0])
        low, high = 0, len(matrix) * columns - 1
        while low < high:
            middle = (low + high) // 2
            value = matrix[middle // columns][middle % columns]
            if value == target:
                return True
            if value < target:
                low = middle + 1
            else:
                high = middle
        return False

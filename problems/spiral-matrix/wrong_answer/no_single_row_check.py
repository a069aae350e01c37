# Bug: always walks all four sides, so a lone middle row or column is read twice ([[1, 2, 3]] gives 1 2 3 2 1).
class Solution:
    def spiralOrder(self, matrix):
        order = []
        top, bottom, left, right = 0, len(matrix) - 1, 0, len(matrix[0]) - 1
        while top <= bottom and left <= right:
            for col in range(left, right + 1):
                order.append(matrix[top][col])
            for row in range(top + 1, bottom + 1):
                order.append(matrix[row][right])
            for col in range(right - 1, left - 1, -1):
                order.append(matrix[bottom][col])
            for row in range(bottom - 1, top, -1):
                order.append(matrix[row][left])
            top, bottom, left, right = top + 1, bottom - 1, left + 1, right - 1
        return order

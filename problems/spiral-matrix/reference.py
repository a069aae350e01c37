class Solution:
    def spiralOrder(self, matrix):
        order = []
        top, bottom, left, right = 0, len(matrix) - 1, 0, len(matrix[0]) - 1
        while top <= bottom and left <= right:
            order += matrix[top][left:right + 1]
            order += [matrix[row][right] for row in range(top + 1, bottom + 1)]
            if top < bottom and left < right:  # a single row or column has no way back
                order += matrix[bottom][left:right][::-1]
                order += [matrix[row][left] for row in range(bottom - 1, top, -1)]
            top, bottom, left, right = top + 1, bottom - 1, left + 1, right - 1
        return order

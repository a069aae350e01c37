# Bug: the left column is walked up to and including the top row, so each ring's first cell is overwritten.
class Solution:
    def generateMatrix(self, n):
        matrix = [[0] * n for _ in range(n)]
        value = 1
        top, bottom, left, right = 0, n - 1, 0, n - 1
        while top <= bottom and left <= right:
            for col in range(left, right + 1):
                matrix[top][col], value = value, value + 1
            for row in range(top + 1, bottom + 1):
                matrix[row][right], value = value, value + 1
            if top < bottom:
                for col in range(right - 1, left - 1, -1):
                    matrix[bottom][col], value = value, value + 1
                for row in range(bottom - 1, top - 1, -1):
                    matrix[row][left], value = value, value + 1
            top, bottom, left, right = top + 1, bottom - 1, left + 1, right - 1
        return matrix

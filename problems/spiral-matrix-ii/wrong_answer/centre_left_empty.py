# Bug: fills whole rings while top < bottom, so for odd n the centre cell keeps its 0.
class Solution:
    def generateMatrix(self, n):
        matrix = [[0] * n for _ in range(n)]
        value = 1
        top, bottom = 0, n - 1
        while top < bottom:
            for col in range(top, bottom):
                matrix[top][col], value = value, value + 1
            for row in range(top, bottom):
                matrix[row][bottom], value = value, value + 1
            for col in range(bottom, top, -1):
                matrix[bottom][col], value = value, value + 1
            for row in range(bottom, top, -1):
                matrix[row][top], value = value, value + 1
            top, bottom = top + 1, bottom - 1
        return matrix

class Solution:
    def rotate(self, matrix):
        n = len(matrix)
        for i in range(n):  # transpose across the main diagonal ...
            for j in range(i + 1, n):
                matrix[i][j], matrix[j][i] = matrix[j][i], matrix[i][j]
        for row in matrix:  # ... then mirror left to right: a clockwise quarter turn
            row.reverse()

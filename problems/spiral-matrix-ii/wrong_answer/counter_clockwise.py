# Bug: goes down the left column first and turns left at each wall, a counter-clockwise spiral (the transpose).
class Solution:
    def generateMatrix(self, n):
        matrix = [[0] * n for _ in range(n)]
        dr, dc = 1, 0
        row = col = 0
        for value in range(1, n * n + 1):
            matrix[row][col] = value
            r, c = row + dr, col + dc
            if not (0 <= r < n and 0 <= c < n) or matrix[r][c]:
                dr, dc = -dc, dr
                r, c = row + dr, col + dc
            row, col = r, c
        return matrix

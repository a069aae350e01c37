# Walks cell by cell, turning clockwise whenever the next cell is outside or already filled.
class Solution:
    def generateMatrix(self, n: int) -> List[List[int]]:
        matrix = [[0] * n for _ in range(n)]
        dr, dc = 0, 1
        row = col = 0
        for value in range(1, n * n + 1):
            matrix[row][col] = value
            r, c = row + dr, col + dc
            if not (0 <= r < n and 0 <= c < n) or matrix[r][c]:
                dr, dc = dc, -dr  # a clockwise turn
                r, c = row + dr, col + dc
            row, col = r, c
        return matrix

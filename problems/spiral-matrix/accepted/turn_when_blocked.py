# Walks cell by cell, turning clockwise whenever the next cell is outside or already visited.
class Solution:
    def spiralOrder(self, matrix: List[List[int]]) -> List[int]:
        rows, cols = len(matrix), len(matrix[0])
        seen = [[False] * cols for _ in range(rows)]
        steps = [(0, 1), (1, 0), (0, -1), (-1, 0)]
        row = col = heading = 0
        order = []
        for _ in range(rows * cols):
            order.append(matrix[row][col])
            seen[row][col] = True
            dr, dc = steps[heading]
            r, c = row + dr, col + dc
            if not (0 <= r < rows and 0 <= c < cols) or seen[r][c]:
                heading = (heading + 1) % 4
                dr, dc = steps[heading]
                r, c = row + dr, col + dc
            row, col = r, c
        return order

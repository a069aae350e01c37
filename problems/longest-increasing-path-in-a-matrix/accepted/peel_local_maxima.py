# Kahn's algorithm: peel off, layer by layer, the cells with no larger neighbour left; the number of layers
# is the length of the longest path.
class Solution:
    def longestIncreasingPath(self, matrix: List[List[int]]) -> int:
        rows, cols = len(matrix), len(matrix[0])
        larger = [[0] * cols for _ in range(rows)]
        for r in range(rows):
            for c in range(cols):
                for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                    if 0 <= nr < rows and 0 <= nc < cols and matrix[nr][nc] > matrix[r][c]:
                        larger[r][c] += 1
        layer = [(r, c) for r in range(rows) for c in range(cols) if larger[r][c] == 0]
        layers = 0
        while layer:
            layers += 1
            nxt = []
            for r, c in layer:
                for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                    if 0 <= nr < rows and 0 <= nc < cols and matrix[nr][nc] < matrix[r][c]:
                        larger[nr][nc] -= 1
                        if larger[nr][nc] == 0:
                            nxt.append((nr, nc))
            layer = nxt
        return layers

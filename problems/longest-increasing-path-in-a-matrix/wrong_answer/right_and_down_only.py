# Bug: a table filled from the bottom-right corner that looks only right and down, missing paths that turn back.
class Solution:
    def longestIncreasingPath(self, matrix):
        rows, cols = len(matrix), len(matrix[0])
        longest = [[1] * cols for _ in range(rows)]
        for r in range(rows - 1, -1, -1):
            for c in range(cols - 1, -1, -1):
                for nr, nc in ((r + 1, c), (r, c + 1)):
                    if nr < rows and nc < cols and matrix[nr][nc] > matrix[r][c]:
                        longest[r][c] = max(longest[r][c], longest[nr][nc] + 1)
        return max(map(max, longest))

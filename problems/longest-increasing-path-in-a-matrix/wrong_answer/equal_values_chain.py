# Bug: allows steps to an equal value (>= instead of >), so runs of equal cells count as increasing.
class Solution:
    def longestIncreasingPath(self, matrix):
        rows, cols = len(matrix), len(matrix[0])
        longest = [[1] * cols for _ in range(rows)]
        cells = sorted(((matrix[r][c], r, c) for r in range(rows) for c in range(cols)), reverse=True)
        for value, r, c in cells:
            best = 1
            for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if 0 <= nr < rows and 0 <= nc < cols and matrix[nr][nc] >= value and longest[nr][nc] + 1 > best:
                    best = longest[nr][nc] + 1
            longest[r][c] = best
        return max(map(max, longest))

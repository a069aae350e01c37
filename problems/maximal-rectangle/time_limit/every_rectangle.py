class Solution:
    def maximalRectangle(self, matrix):
        # Every pair of corners, checked with a prefix-sum count of 1s: O(rows^2 * cols^2).
        rows, cols = len(matrix), len(matrix[0])
        ones = [[0] * (cols + 1) for _ in range(rows + 1)]
        for i in range(rows):
            for j in range(cols):
                ones[i + 1][j + 1] = ones[i][j + 1] + ones[i + 1][j] - ones[i][j] + (matrix[i][j] == "1")
        best = 0
        for top in range(rows):
            for left in range(cols):
                for bottom in range(top, rows):
                    for right in range(left, cols):
                        area = (bottom - top + 1) * (right - left + 1)
                        count = ones[bottom + 1][right + 1] - ones[top][right + 1] - ones[bottom + 1][left] + ones[top][left]
                        if count == area and area > best:
                            best = area
        return best

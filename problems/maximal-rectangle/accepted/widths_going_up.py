class Solution:
    def maximalRectangle(self, matrix):
        # O(rows^2 * cols): the run of 1s ending at each cell, then upwards keeping the narrowest run.
        rows, cols = len(matrix), len(matrix[0])
        width = [[0] * cols for _ in range(rows)]
        best = 0
        for i in range(rows):
            for j in range(cols):
                if matrix[i][j] == "1":
                    width[i][j] = width[i][j - 1] + 1 if j else 1
                    w = width[i][j]
                    for k in range(i, -1, -1):
                        w = min(w, width[k][j])
                        if w == 0:
                            break
                        best = max(best, w * (i - k + 1))
        return best

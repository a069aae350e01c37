class Solution:
    def maximalRectangle(self, matrix):
        # Row DP: for each column the height of 1s above, and how far left and right that height extends.
        cols = len(matrix[0])
        height, left, right = [0] * cols, [0] * cols, [cols] * cols
        best = 0
        for row in matrix:
            edge = 0
            for j in range(cols):
                if row[j] == "1":
                    height[j] += 1
                    left[j] = max(left[j], edge)
                else:
                    height[j], left[j], edge = 0, 0, j + 1
            edge = cols
            for j in range(cols - 1, -1, -1):
                if row[j] == "1":
                    right[j] = min(right[j], edge)
                else:
                    right[j], edge = cols, j
            for j in range(cols):
                best = max(best, height[j] * (right[j] - left[j]))
        return best

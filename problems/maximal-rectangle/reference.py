class Solution:
    def maximalRectangle(self, matrix):
        """Each row is the floor of a histogram of unbroken 1s above it; take its largest rectangle."""
        heights = [0] * (len(matrix[0]) + 1)  # a 0 at the end flushes the stack
        best = 0
        for row in matrix:
            for j, cell in enumerate(row):
                heights[j] = heights[j] + 1 if cell == "1" else 0
            stack = [-1]  # indices of increasing heights
            for j, h in enumerate(heights):
                while stack[-1] != -1 and heights[stack[-1]] >= h:
                    top = heights[stack.pop()]
                    best = max(best, top * (j - stack[-1] - 1))
                stack.append(j)
        return best

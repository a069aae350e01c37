class Solution:
    def largestRectangleArea(self, heights):
        stack = [-1]  # indices of bars with increasing heights; -1 marks the left edge
        best = 0
        for i, height in enumerate(heights + [0]):  # the final 0 pops every bar
            while stack[-1] != -1 and heights[stack[-1]] >= height:
                top = heights[stack.pop()]
                best = max(best, top * (i - stack[-1] - 1))
            stack.append(i)
        return best

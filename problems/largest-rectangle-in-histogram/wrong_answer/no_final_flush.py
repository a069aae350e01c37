# Bug: never pops the bars left on the stack at the end, so rectangles reaching the right edge are lost.
class Solution:
    def largestRectangleArea(self, heights):
        stack = [-1]
        best = 0
        for i, height in enumerate(heights):
            while stack[-1] != -1 and heights[stack[-1]] >= height:
                top = heights[stack.pop()]
                best = max(best, top * (i - stack[-1] - 1))
            stack.append(i)
        return best

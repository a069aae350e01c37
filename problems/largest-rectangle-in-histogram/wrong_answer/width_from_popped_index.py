# Bug: measures the width from the popped bar's own index, forgetting the lower bars popped before it.
class Solution:
    def largestRectangleArea(self, heights):
        stack = []
        best = 0
        for i, height in enumerate(heights + [0]):
            while stack and heights[stack[-1]] >= height:
                top = stack.pop()
                best = max(best, heights[top] * (i - top))
            stack.append(i)
        return best

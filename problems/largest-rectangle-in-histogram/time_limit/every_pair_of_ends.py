# O(n^2): every left end, extending right while tracking the lowest bar.
class Solution:
    def largestRectangleArea(self, heights):
        best = 0
        n = len(heights)
        for i in range(n):
            low = heights[i]
            for j in range(i, n):
                if heights[j] < low:
                    low = heights[j]
                if low * (j - i + 1) > best:
                    best = low * (j - i + 1)
        return best

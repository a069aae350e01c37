# complexity: O(n^2)
# space: O(1)
# kind: pure-python
# problem: container-with-most-water
# brute: nested loops
class Solution:
    def maxArea(self, height):
        best = 0
        for i in range(len(height)):
            for j in range(i + 1, len(height)):
                area = (j - i) * min(height[i], height[j])
                if area > best:
                    best = area
        return best

# complexity: O(n^2)
# space: O(n)
# kind: builtin-heavy
# problem: trapping-rain-water
# brute: repeated slicing
class Solution:
    def trap(self, height):
        water = 0
        for i in range(len(height)):
            water += min(max(height[:i + 1]), max(height[i:])) - height[i]
        return water

# Bug: uses the higher wall as the water level; the water spills over the lower one.
class Solution:
    def maxArea(self, height):
        lo, hi, best = 0, len(height) - 1, 0
        while lo < hi:
            best = max(best, max(height[lo], height[hi]) * (hi - lo))
            if height[lo] < height[hi]:
                lo += 1
            else:
                hi -= 1
        return best

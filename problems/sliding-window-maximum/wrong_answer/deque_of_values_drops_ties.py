# Bug: keeps values (not indices) and pops equal ones too; when a leaving value equals the front,
# the front is removed although an equal value is still inside the window.
from collections import deque


class Solution:
    def maxSlidingWindow(self, nums, k):
        window = deque()
        out = []
        for i, value in enumerate(nums):
            while window and window[-1] <= value:
                window.pop()
            window.append(value)
            if i >= k and nums[i - k] == window[0]:
                window.popleft()
            if i >= k - 1:
                out.append(window[0])
        return out

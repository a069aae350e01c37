# Bug: ends the frame with a single unit, forgetting every other letter tied for the top count.
from collections import Counter


class Solution:
    def leastInterval(self, tasks, n):
        top = max(Counter(tasks).values())
        return max(len(tasks), (top - 1) * (n + 1) + 1)

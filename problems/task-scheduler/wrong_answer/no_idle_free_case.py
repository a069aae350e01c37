# Bug: uses the frame formula alone; when no idling is needed the frame is shorter than the task list.
from collections import Counter


class Solution:
    def leastInterval(self, tasks, n):
        counts = Counter(tasks).values()
        top = max(counts)
        tied = sum(1 for count in counts if count == top)
        return (top - 1) * (n + 1) + tied

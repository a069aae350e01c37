from collections import Counter


class Solution:
    def leastInterval(self, tasks, n):
        """The most frequent letters set the frame: (top - 1) full rounds of n + 1 units, then
        one unit per letter sharing that top count. If other letters overflow the idle slots,
        no idling is needed at all and the answer is len(tasks)."""
        counts = Counter(tasks).values()
        top = max(counts)
        tied = sum(1 for count in counts if count == top)
        return max(len(tasks), (top - 1) * (n + 1) + tied)

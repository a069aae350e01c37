# Bug: tests overlap with < instead of <=, so intervals that only touch ([1, 4], [4, 5]) stay apart.
class Solution:
    def merge(self, intervals):
        merged = []
        for start, end in sorted(intervals):
            if merged and start < merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        return merged

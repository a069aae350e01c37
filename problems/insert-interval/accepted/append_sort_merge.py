# Ignores that the input is sorted: appends, sorts and merges like Merge Intervals (O(n log n)).
class Solution:
    def insert(self, intervals, newInterval):
        merged = []
        for start, end in sorted(intervals + [newInterval]):
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        return merged

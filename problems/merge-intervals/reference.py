class Solution:
    def merge(self, intervals):
        # Sorted by start, an interval either extends the last merged one or begins a new one.
        merged = []
        for start, end in sorted(intervals):
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        return merged

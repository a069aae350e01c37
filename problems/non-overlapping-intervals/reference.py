class Solution:
    def eraseOverlapIntervals(self, intervals):
        intervals.sort(key=lambda interval: interval[1])
        kept, last_end = 0, float("-inf")
        for start, end in intervals:  # greedy: keep whatever ends first and still fits
            if start >= last_end:
                kept += 1
                last_end = end
        return len(intervals) - kept

# Bug: sorts by start and always keeps the earlier interval, even when it is a long one covering many others.
class Solution:
    def eraseOverlapIntervals(self, intervals):
        intervals.sort()
        removed, last_end = 0, intervals[0][1]
        for start, end in intervals[1:]:
            if start < last_end:
                removed += 1
            else:
                last_end = end
        return removed

# Sort by start; on an overlap remove one of the two and keep the one that ends earlier.
class Solution:
    def eraseOverlapIntervals(self, intervals: List[List[int]]) -> int:
        intervals.sort()
        removed, last_end = 0, intervals[0][1]
        for start, end in intervals[1:]:
            if start < last_end:
                removed += 1
                last_end = min(last_end, end)
            else:
                last_end = end
        return removed

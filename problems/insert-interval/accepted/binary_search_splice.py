# Binary searches for the first interval ending at or after the new start and the first starting
# after the new end; everything between them merges with the new interval.
from bisect import bisect_left, bisect_right


class Solution:
    def insert(self, intervals: List[List[int]], newInterval: List[int]) -> List[List[int]]:
        start, end = newInterval
        ends = [interval[1] for interval in intervals]
        starts = [interval[0] for interval in intervals]
        first = bisect_left(ends, start)
        after = bisect_right(starts, end)
        if first < after:
            start = min(start, intervals[first][0])
            end = max(end, intervals[after - 1][1])
        return intervals[:first] + [[start, end]] + intervals[after:]

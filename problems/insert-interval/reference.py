class Solution:
    def insert(self, intervals, newInterval):
        start, end = newInterval
        result, i, n = [], 0, len(intervals)
        while i < n and intervals[i][1] < start:  # wholly before the new interval
            result.append(intervals[i])
            i += 1
        while i < n and intervals[i][0] <= end:  # overlaps it: fold it in
            start, end = min(start, intervals[i][0]), max(end, intervals[i][1])
            i += 1
        result.append([start, end])
        result.extend(intervals[i:])
        return result

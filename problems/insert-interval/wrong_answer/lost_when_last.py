# Bug: adds the new interval only when it meets a later interval, so one that goes after all of them
# (or into an empty list) is dropped.
class Solution:
    def insert(self, intervals, newInterval):
        start, end = newInterval
        result, placed = [], False
        for a, b in intervals:
            if b < start or placed:
                result.append([a, b])
            elif a > end:
                result.append([start, end])
                result.append([a, b])
                placed = True
            else:
                start, end = min(start, a), max(end, b)
        return result

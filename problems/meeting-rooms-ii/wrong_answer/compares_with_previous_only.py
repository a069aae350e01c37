# Bug: sorts by start and counts the longest run of meetings each overlapping the previous one.
class Solution:
    def minMeetingRooms(self, intervals):
        intervals = sorted(intervals)
        run = most = 1
        for (_, prev_end), (start, _) in zip(intervals, intervals[1:]):
            run = run + 1 if start < prev_end else 1
            most = max(most, run)
        return most

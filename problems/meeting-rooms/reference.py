class Solution:
    def canAttendMeetings(self, intervals):
        """Sorted by start, each meeting must end no later than the next one starts."""
        intervals.sort()  # in place: sorted() and a zip with intervals[1:] would each copy the list
        for i in range(1, len(intervals)):
            if intervals[i][0] < intervals[i - 1][1]:
                return False
        return True

class Solution:
    def canAttendMeetings(self, intervals):
        """Sorted by start, each meeting must end no later than the next one starts."""
        ordered = sorted(intervals)
        return all(previous[1] <= current[0] for previous, current in zip(ordered, ordered[1:]))

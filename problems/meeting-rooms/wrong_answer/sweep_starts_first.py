# Bug: a sweep that processes starts before ends at the same time, so touching meetings overlap.
class Solution:
    def canAttendMeetings(self, intervals: List[List[int]]) -> bool:
        events = sorted([(start, 0) for start, _ in intervals] + [(end, 1) for _, end in intervals])
        running = 0
        for _, kind in events:
            running += 1 if kind == 0 else -1
            if running > 1:
                return False
        return True

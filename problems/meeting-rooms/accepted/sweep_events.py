# A sweep over start and end events, ends first at equal times: never more than one meeting at once.
class Solution:
    def canAttendMeetings(self, intervals: List[List[int]]) -> bool:
        events = sorted([(start, 1) for start, _ in intervals] + [(end, -1) for _, end in intervals])
        running = 0
        for _, change in events:
            running += change
            if running > 1:
                return False
        return True

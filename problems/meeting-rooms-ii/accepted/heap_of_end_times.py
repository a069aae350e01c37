# Sort by start; a min-heap holds the end time of each room's current meeting; reuse the room that frees first.
import heapq


class Solution:
    def minMeetingRooms(self, intervals: List[List[int]]) -> int:
        rooms = []
        for start, end in sorted(intervals):
            if rooms and rooms[0] <= start:
                heapq.heapreplace(rooms, end)
            else:
                heapq.heappush(rooms, end)
        return len(rooms)

# Bug: the min-heap method without sorting by start first, so a room is reused before its meeting has begun.
import heapq


class Solution:
    def minMeetingRooms(self, intervals):
        rooms = []
        for start, end in intervals:
            if rooms and rooms[0] <= start:
                heapq.heapreplace(rooms, end)
            else:
                heapq.heappush(rooms, end)
        return len(rooms)

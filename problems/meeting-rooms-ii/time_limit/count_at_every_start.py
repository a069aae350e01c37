# O(n^2): at each meeting's start, count the meetings in progress.
class Solution:
    def minMeetingRooms(self, intervals):
        most = 0
        for t, _ in intervals:
            most = max(most, sum(1 for start, end in intervals if start <= t < end))
        return most

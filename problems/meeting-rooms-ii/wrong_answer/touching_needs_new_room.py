# Bug: a meeting starting exactly when another ends is given a new room (< instead of <=).
class Solution:
    def minMeetingRooms(self, intervals):
        starts = sorted(start for start, _ in intervals)
        ends = sorted(end for _, end in intervals)
        in_use = most = ended = 0
        for start in starts:
            while ends[ended] < start:
                ended += 1
                in_use -= 1
            in_use += 1
            most = max(most, in_use)
        return most

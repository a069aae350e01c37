# Bug: a course starts when the prerequisite that unlocks it last is done, taking that one's finish
# rather than the largest finish among all its prerequisites.
from collections import deque


class Solution:
    def minimumTime(self, n, relations, time):
        unlocks = [[] for _ in range(n + 1)]
        waiting = [0] * (n + 1)
        for before, after in relations:
            unlocks[before].append(after)
            waiting[after] += 1
        start = [0] * (n + 1)
        ready = deque(c for c in range(1, n + 1) if waiting[c] == 0)
        longest = 0
        while ready:
            course = ready.popleft()
            finish = start[course] + time[course - 1]
            longest = max(longest, finish)
            for nxt in unlocks[course]:
                start[nxt] = finish
                waiting[nxt] -= 1
                if waiting[nxt] == 0:
                    ready.append(nxt)
        return longest

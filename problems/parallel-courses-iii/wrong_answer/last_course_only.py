# Bug: assumes course n is the last to finish and returns its finish time instead of the largest one.
from collections import deque


class Solution:
    def minimumTime(self, n, relations, time):
        unlocks = [[] for _ in range(n + 1)]
        waiting = [0] * (n + 1)
        for before, after in relations:
            unlocks[before].append(after)
            waiting[after] += 1
        finish = [0] * (n + 1)
        ready = deque(c for c in range(1, n + 1) if waiting[c] == 0)
        while ready:
            course = ready.popleft()
            finish[course] += time[course - 1]
            for nxt in unlocks[course]:
                finish[nxt] = max(finish[nxt], finish[course])
                waiting[nxt] -= 1
                if waiting[nxt] == 0:
                    ready.append(nxt)
        return finish[n]

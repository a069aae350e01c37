# Bug: reads [a, b] as "a before b", so it returns the order backwards.
from collections import deque


class Solution:
    def findOrder(self, numCourses, prerequisites):
        unlocks = [[] for _ in range(numCourses)]
        waiting = [0] * numCourses
        for a, b in prerequisites:
            unlocks[a].append(b)
            waiting[b] += 1
        ready = deque(c for c in range(numCourses) if waiting[c] == 0)
        order = []
        while ready:
            course = ready.popleft()
            order.append(course)
            for nxt in unlocks[course]:
                waiting[nxt] -= 1
                if waiting[nxt] == 0:
                    ready.append(nxt)
        return order if len(order) == numCourses else []

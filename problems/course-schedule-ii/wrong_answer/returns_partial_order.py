# Bug: Kahn's algorithm that returns whatever it managed to order, instead of [] when a cycle is left.
from collections import deque


class Solution:
    def findOrder(self, numCourses, prerequisites):
        unlocks = [[] for _ in range(numCourses)]
        waiting = [0] * numCourses
        for course, before in prerequisites:
            unlocks[before].append(course)
            waiting[course] += 1
        ready = deque(c for c in range(numCourses) if waiting[c] == 0)
        order = []
        while ready:
            course = ready.popleft()
            order.append(course)
            for nxt in unlocks[course]:
                waiting[nxt] -= 1
                if waiting[nxt] == 0:
                    ready.append(nxt)
        return order

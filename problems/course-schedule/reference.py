from collections import deque


class Solution:
    def canFinish(self, numCourses, prerequisites):
        unlocks = [[] for _ in range(numCourses)]
        waiting = [0] * numCourses
        for course, before in prerequisites:
            unlocks[before].append(course)
            waiting[course] += 1
        ready = deque(c for c in range(numCourses) if waiting[c] == 0)
        taken = 0
        while ready:  # Kahn's algorithm: a course is taken once all it needs is taken
            course = ready.popleft()
            taken += 1
            for nxt in unlocks[course]:
                waiting[nxt] -= 1
                if waiting[nxt] == 0:
                    ready.append(nxt)
        return taken == numCourses

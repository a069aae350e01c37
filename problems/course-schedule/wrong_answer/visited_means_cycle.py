# Bug: one visited set for the whole search, so a prerequisite shared by two courses looks like a cycle.
class Solution:
    def canFinish(self, numCourses, prerequisites):
        needs = [[] for _ in range(numCourses)]
        for course, before in prerequisites:
            needs[course].append(before)
        visited = set()

        def acyclic(course):
            if course in visited:
                return False
            visited.add(course)
            return all(acyclic(before) for before in needs[course])

        for course in range(numCourses):
            if course not in visited and not acyclic(course):
                return False
        return True

# Exponential: a DFS that remembers only the current path, so a shared prerequisite is re-explored on every path.
class Solution:
    def canFinish(self, numCourses, prerequisites):
        needs = [[] for _ in range(numCourses)]
        for course, before in prerequisites:
            needs[course].append(before)
        on_path = [False] * numCourses

        def acyclic(course):
            if on_path[course]:
                return False
            on_path[course] = True
            ok = all(acyclic(before) for before in needs[course])
            on_path[course] = False
            return ok

        return all(acyclic(c) for c in range(numCourses))

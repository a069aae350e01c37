# Bug: checks only for two courses that need each other, missing longer cycles.
class Solution:
    def canFinish(self, numCourses, prerequisites):
        pairs = {(a, b) for a, b in prerequisites}
        return not any((b, a) in pairs for a, b in prerequisites)

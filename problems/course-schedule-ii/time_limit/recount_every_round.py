# O(V * E): recounts every course's unmet prerequisites over the whole pair list in each round.
class Solution:
    def findOrder(self, numCourses, prerequisites):
        taken = [False] * numCourses
        order = []
        while len(order) < numCourses:
            unmet = [0] * numCourses
            for course, before in prerequisites:
                if not taken[before]:
                    unmet[course] += 1
            ready = [c for c in range(numCourses) if not taken[c] and unmet[c] == 0]
            if not ready:
                return []
            for course in ready:
                taken[course] = True
                order.append(course)
        return order

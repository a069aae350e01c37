# Bug: DFS with a single visited set cannot tell a cycle from a shared prerequisite, so cycles go unnoticed.
class Solution:
    def findOrder(self, numCourses, prerequisites):
        needs = [[] for _ in range(numCourses)]
        for course, before in prerequisites:
            needs[course].append(before)
        visited = set()
        order = []

        def visit(course):
            visited.add(course)
            for before in needs[course]:
                if before not in visited:
                    visit(before)
            order.append(course)

        for course in range(numCourses):
            if course not in visited:
                visit(course)
        return order

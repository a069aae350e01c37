# DFS post-order with three colours (new, on the path, done); a grey neighbour means a cycle.
class Solution:
    def findOrder(self, numCourses: int, prerequisites: List[List[int]]) -> List[int]:
        needs = [[] for _ in range(numCourses)]
        for course, before in prerequisites:
            needs[course].append(before)
        colour = [0] * numCourses
        order = []

        def visit(course):
            colour[course] = 1
            for before in needs[course]:
                if colour[before] == 1:
                    return False
                if colour[before] == 0 and not visit(before):
                    return False
            colour[course] = 2
            order.append(course)
            return True

        for course in range(numCourses):
            if colour[course] == 0 and not visit(course):
                return []
        return order

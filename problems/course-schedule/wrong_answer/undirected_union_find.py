# Bug: union-find cycle detection treats the pairs as undirected, so two routes to one course look like a cycle.
class Solution:
    def canFinish(self, numCourses, prerequisites):
        parent = list(range(numCourses))

        def find(x):
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        for a, b in prerequisites:
            ra, rb = find(a), find(b)
            if ra == rb:
                return False
            parent[ra] = rb
        return True

# Iterative DFS with three colours: meeting a course still on the path means a cycle.
class Solution:
    def canFinish(self, numCourses: int, prerequisites: List[List[int]]) -> bool:
        needs = [[] for _ in range(numCourses)]
        for course, before in prerequisites:
            needs[course].append(before)
        colour = [0] * numCourses  # 0 new, 1 on the path, 2 done
        for start in range(numCourses):
            if colour[start]:
                continue
            colour[start] = 1
            stack = [(start, iter(needs[start]))]
            while stack:
                node, it = stack[-1]
                for nxt in it:
                    if colour[nxt] == 1:
                        return False
                    if colour[nxt] == 0:
                        colour[nxt] = 1
                        stack.append((nxt, iter(needs[nxt])))
                        break
                else:
                    colour[node] = 2
                    stack.pop()
        return True

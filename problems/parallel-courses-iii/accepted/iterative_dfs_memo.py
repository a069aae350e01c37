# Memoised DFS over prerequisites, with an explicit stack instead of 50,000 nested calls on a chain:
# finish(c) = time[c] + max finish of c's prerequisites.
class Solution:
    def minimumTime(self, n: int, relations: List[List[int]], time: List[int]) -> int:
        needs = [[] for _ in range(n + 1)]
        for before, after in relations:
            needs[after].append(before)
        finish = [0] * (n + 1)
        for root in range(1, n + 1):
            if finish[root]:
                continue
            stack = [(root, False)]
            while stack:
                course, expanded = stack.pop()
                if finish[course]:
                    continue
                if expanded:
                    finish[course] = time[course - 1] + max((finish[b] for b in needs[course]), default=0)
                    continue
                stack.append((course, True))
                stack.extend((b, False) for b in needs[course] if not finish[b])
        return max(finish)

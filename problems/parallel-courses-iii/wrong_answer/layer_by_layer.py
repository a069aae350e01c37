# Bug: runs the courses in rounds (all courses whose prerequisites are done) and waits for the slowest
# course of a round before starting the next, so a short course never starts early.
class Solution:
    def minimumTime(self, n, relations, time):
        unlocks = [[] for _ in range(n + 1)]
        waiting = [0] * (n + 1)
        for before, after in relations:
            unlocks[before].append(after)
            waiting[after] += 1
        layer = [c for c in range(1, n + 1) if waiting[c] == 0]
        total = 0
        while layer:
            total += max(time[c - 1] for c in layer)
            following = []
            for course in layer:
                for nxt in unlocks[course]:
                    waiting[nxt] -= 1
                    if waiting[nxt] == 0:
                        following.append(nxt)
            layer = following
        return total

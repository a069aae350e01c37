# O(n * m): relaxes every relation again and again until no finish time changes (Bellman-Ford style).
class Solution:
    def minimumTime(self, n, relations, time):
        finish = [0] + list(time)
        changed = True
        while changed:
            changed = False
            for before, after in relations:
                candidate = finish[before] + time[after - 1]
                if candidate > finish[after]:
                    finish[after] = candidate
                    changed = True
        return max(finish)

# Exponential: tries every order of the tasks, placing each as early as its cooldown allows.
from itertools import permutations


class Solution:
    def leastInterval(self, tasks, n):
        best = None
        for order in permutations(tasks):
            time, last = 0, {}
            for letter in order:
                time = max(time, last.get(letter, -n - 1) + n + 1)
                last[letter] = time
                time += 1
            if best is None or time < best:
                best = time
        return best

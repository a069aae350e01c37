# Bug: greedy that runs the first available letter alphabetically instead of the one with the most copies left.
from collections import Counter


class Solution:
    def leastInterval(self, tasks, n):
        left = Counter(tasks)
        ready_at = {letter: 0 for letter in left}
        time = 0
        while left:
            for letter in sorted(left):
                if ready_at[letter] <= time:
                    left[letter] -= 1
                    if not left[letter]:
                        del left[letter]
                    ready_at[letter] = time + n + 1
                    break
            time += 1
        return time

# Exponential in the number of candidates: tries every count of every candidate, up to target // candidate each.
from itertools import product


class Solution:
    def combinationSum(self, candidates, target):
        found = []
        for counts in product(*(range(target // value + 1) for value in candidates)):
            if sum(value * count for value, count in zip(candidates, counts)) == target:
                found.append([value for value, count in zip(candidates, counts) for _ in range(count)])
        return found

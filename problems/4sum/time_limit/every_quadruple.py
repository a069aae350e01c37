# Brute force: every choice of four positions, O(n^4), repeats removed with a set of sorted tuples.
from itertools import combinations


class Solution:
    def fourSum(self, nums, target):
        found = set()
        for quadruple in combinations(nums, 4):
            if sum(quadruple) == target:
                found.add(tuple(sorted(quadruple)))
        return [list(q) for q in found]

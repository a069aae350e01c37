# Brute force: tries every ordering of s1 as a substring of s2: O(len(s1)! * len(s2)).
from itertools import permutations


class Solution:
    def checkInclusion(self, s1, s2):
        for ordering in permutations(s1):
            if "".join(ordering) in s2:
                return True
        return False

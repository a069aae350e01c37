# Bug: checks that s2 has enough of every letter of s1 somewhere, not inside one stretch.
from collections import Counter


class Solution:
    def checkInclusion(self, s1, s2):
        have = Counter(s2)
        return all(have[letter] >= count for letter, count in Counter(s1).items())

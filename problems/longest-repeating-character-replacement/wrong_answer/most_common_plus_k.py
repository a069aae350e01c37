# Bug: takes the most common letter in the whole string plus k, as if its copies were all next to each other.
from collections import Counter


class Solution:
    def characterReplacement(self, s, k):
        return min(len(s), max(Counter(s).values()) + k)

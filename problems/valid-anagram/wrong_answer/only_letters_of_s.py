# Bug: checks the counts of the letters of s only, without the lengths, so extra letters in t go unseen.
from collections import Counter


class Solution:
    def isAnagram(self, s: str, t: str) -> bool:
        in_s, in_t = Counter(s), Counter(t)
        return all(in_t[letter] == count for letter, count in in_s.items())

# Bug: drops at most one spare letter from the left each time the right end moves, so a window whose
# left part became spare all at once is never shrunk to its shortest.
from collections import Counter


class Solution:
    def minWindow(self, s, t):
        need = Counter(t)
        missing = len(t)
        best = ""
        left = 0
        for right, char in enumerate(s):
            if need[char] > 0:
                missing -= 1
            need[char] -= 1
            if left <= right and need[s[left]] < 0:
                need[s[left]] += 1
                left += 1
            if not missing and (not best or right - left + 1 < len(best)):
                best = s[left:right + 1]
        return best

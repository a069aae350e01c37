# Bug: asks only that each letter of t appears once, so t = "aa" is satisfied by a single 'a'.
from collections import Counter


class Solution:
    def minWindow(self, s, t):
        letters = set(t)
        have = Counter()
        covered = 0
        best = ""
        left = 0
        for right, char in enumerate(s):
            if char in letters:
                have[char] += 1
                if have[char] == 1:
                    covered += 1
            while covered == len(letters):
                if not best or right - left + 1 < len(best):
                    best = s[left:right + 1]
                gone = s[left]
                if gone in letters:
                    have[gone] -= 1
                    if have[gone] == 0:
                        covered -= 1
                left += 1
        return best

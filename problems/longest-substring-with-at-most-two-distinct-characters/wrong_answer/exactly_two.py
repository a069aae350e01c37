# Bug: counts a window only when it holds exactly two letters, so "aaaa" gives 0.
from collections import defaultdict


class Solution:
    def lengthOfLongestSubstringTwoDistinct(self, s):
        count = defaultdict(int)
        best = left = 0
        for right, char in enumerate(s):
            count[char] += 1
            while len(count) > 2:
                count[s[left]] -= 1
                if not count[s[left]]:
                    del count[s[left]]
                left += 1
            if len(count) == 2:
                best = max(best, right - left + 1)
        return best

# A Counter of the window, updated by one letter in and one out, compared whole with s1's: O(26 n).
from collections import Counter


class Solution:
    def checkInclusion(self, s1: str, s2: str) -> bool:
        width = len(s1)
        need, window = Counter(s1), Counter(s2[:width])
        if window == need:
            return True
        for right in range(width, len(s2)):
            window[s2[right]] += 1
            window[s2[right - width]] -= 1
            if window == need:  # Counter equality treats a zero count as missing (Python 3.10+)
                return True
        return False

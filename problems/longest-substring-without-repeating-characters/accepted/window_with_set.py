# Sliding window kept as a set: shrink from the left until the new character fits.
class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        window, left, best = set(), 0, 0
        for ch in s:
            while ch in window:
                window.remove(s[left])
                left += 1
            window.add(ch)
            best = max(best, len(window))
        return best

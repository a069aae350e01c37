# Bug: lower-cases both strings, so 'A' in t is matched by an 'a' in s.
from collections import Counter


class Solution:
    def minWindow(self, s, t):
        original = s
        s, t = s.lower(), t.lower()
        need = Counter(t)
        missing = len(t)
        best_start, best_length = 0, len(s) + 1
        left = 0
        for right, char in enumerate(s):
            if need[char] > 0:
                missing -= 1
            need[char] -= 1
            if missing:
                continue
            while need[s[left]] < 0:
                need[s[left]] += 1
                left += 1
            if right - left + 1 < best_length:
                best_start, best_length = left, right - left + 1
            need[s[left]] += 1
            missing += 1
            left += 1
        return original[best_start:best_start + best_length] if best_length <= len(s) else ""

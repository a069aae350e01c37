from collections import Counter


class Solution:
    def minWindow(self, s, t):
        need = Counter(t)  # how many more of each letter the window needs (negative: spare)
        missing = len(t)
        best_start, best_length = 0, len(s) + 1
        left = 0
        for right, char in enumerate(s):
            if need[char] > 0:
                missing -= 1
            need[char] -= 1
            if missing:
                continue
            while need[s[left]] < 0:  # the left letter is spare: drop it
                need[s[left]] += 1
                left += 1
            if right - left + 1 < best_length:
                best_start, best_length = left, right - left + 1
            need[s[left]] += 1  # give up the left letter and look for its next copy
            missing += 1
            left += 1
        return s[best_start:best_start + best_length] if best_length <= len(s) else ""

# Bug: records the window's length only when a repeat ends it, so a longest run at the end is missed.
class Solution:
    def lengthOfLongestSubstring(self, s):
        last_seen, start, best = {}, 0, 0
        for i, ch in enumerate(s):
            if last_seen.get(ch, -1) >= start:
                best = max(best, i - start)
                start = last_seen[ch] + 1
            last_seen[ch] = i
        return best

# Bug: jumps the window start to the previous occurrence + 1 even when that is behind the start ("abba").
class Solution:
    def lengthOfLongestSubstring(self, s):
        last_seen, start, best = {}, 0, 0
        for i, ch in enumerate(s):
            if ch in last_seen:
                start = last_seen[ch] + 1
            last_seen[ch] = i
            best = max(best, i - start + 1)
        return best

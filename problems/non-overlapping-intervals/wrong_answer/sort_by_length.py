# Bug: keeps the shortest intervals first; a short interval can still block two longer ones.
class Solution:
    def eraseOverlapIntervals(self, intervals):
        kept = []
        for start, end in sorted(intervals, key=lambda iv: iv[1] - iv[0]):
            if all(end <= s or start >= e for s, e in kept):
                kept.append((start, end))
        return len(intervals) - len(kept)

class Solution:
    def isAnagram(self, s, t):
        """26 counters: letters of s count up, letters of t count down; anagrams leave all at 0."""
        if len(s) != len(t):
            return False
        counts = [0] * 26
        base = ord("a")
        for a, b in zip(s, t):
            counts[ord(a) - base] += 1
            counts[ord(b) - base] -= 1
        return not any(counts)

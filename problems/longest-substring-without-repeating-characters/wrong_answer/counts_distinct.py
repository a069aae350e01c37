# Bug: returns the number of distinct characters, as if the piece need not be contiguous.
class Solution:
    def lengthOfLongestSubstring(self, s):
        return len(set(s))

# Bug: re.match anchors only at the start, so a pattern matching a prefix of s is taken as a match.
import re


class Solution:
    def isMatch(self, s, p):
        return re.match(p, s) is not None

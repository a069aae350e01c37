# Bug: a star greedily takes every letter it can match and never gives any back, so "aaa" against "a*a" fails.
class Solution:
    def isMatch(self, s, p):
        i = j = 0
        while j < len(p):
            starred = j + 1 < len(p) and p[j + 1] == "*"
            if starred:
                while i < len(s) and p[j] in (s[i], "."):
                    i += 1
                j += 2
            elif i < len(s) and p[j] in (s[i], "."):
                i += 1
                j += 1
            else:
                return False
        return i == len(s)

# Exponential: the same recursion without a memo; a run of a against many a* is shared among the stars
# in every possible way (C(29, 10) = 2 * 10^7 ways for 19 a's and ten stars).
class Solution:
    def isMatch(self, s, p):
        def match(i, j):
            if j == len(p):
                return i == len(s)
            first = i < len(s) and p[j] in (s[i], ".")
            if j + 1 < len(p) and p[j + 1] == "*":
                return match(i, j + 2) or (first and match(i + 1, j))
            return first and match(i + 1, j + 1)

        return match(0, 0)

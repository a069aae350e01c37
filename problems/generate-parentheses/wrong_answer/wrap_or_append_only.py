# Bug: builds n pairs from n - 1 pairs only by wrapping "(s)" or adding "()" on either side, so nestings
# like "(())(())" (two groups of two) are never produced (first missing at n = 4).
class Solution:
    def generateParenthesis(self, n):
        strings = {"()"}
        for _ in range(n - 1):
            strings = {f"({s})" for s in strings} | {"()" + s for s in strings} | {s + "()" for s in strings}
        return sorted(strings)

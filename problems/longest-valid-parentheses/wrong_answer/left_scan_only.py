# Bug: the counter scan from the left only; a block followed by unclosed opens, like "(()", is never seen.
class Solution:
    def longestValidParentheses(self, s):
        best = opens = closes = 0
        for char in s:
            if char == "(":
                opens += 1
            else:
                closes += 1
            if opens == closes:
                best = max(best, 2 * closes)
            elif closes > opens:
                opens = closes = 0
        return best

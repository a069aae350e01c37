# Bug: counts every matched pair in the whole string, as if the pairs were always one contiguous block.
class Solution:
    def longestValidParentheses(self, s):
        open_count = pairs = 0
        for char in s:
            if char == "(":
                open_count += 1
            elif open_count:
                open_count -= 1
                pairs += 1
        return 2 * pairs

class Solution:
    def longestValidParentheses(self, s):
        """A stack of indices: its bottom is the index just before the current balanced block."""
        stack = [-1]
        best = 0
        for i, char in enumerate(s):
            if char == "(":
                stack.append(i)
                continue
            stack.pop()
            if stack:
                best = max(best, i - stack[-1])
            else:
                stack.append(i)  # an unmatched ")": the next block starts after it
        return best

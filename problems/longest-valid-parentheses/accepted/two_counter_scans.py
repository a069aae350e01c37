# O(1) space: count opens and closes from the left (reset when closes win) and again from the right
# (reset when opens win); equal counts mark a balanced block.
class Solution:
    def longestValidParentheses(self, s: str) -> int:
        best = 0
        for text, opener in ((s, "("), (s[::-1], ")")):
            opens = closes = 0
            for char in text:
                if char == opener:
                    opens += 1
                else:
                    closes += 1
                if opens == closes:
                    best = max(best, 2 * closes)
                elif closes > opens:
                    opens = closes = 0
        return best

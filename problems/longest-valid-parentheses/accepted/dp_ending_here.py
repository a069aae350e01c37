# longest[i]: the longest balanced block ending at i; a ")" closes either the "(" just before it or the
# "(" before the block that ends just before it, and then joins the block in front.
class Solution:
    def longestValidParentheses(self, s: str) -> int:
        longest = [0] * len(s)
        for i in range(1, len(s)):
            if s[i] != ")":
                continue
            if s[i - 1] == "(":
                longest[i] = 2 + (longest[i - 2] if i >= 2 else 0)
            else:
                opener = i - longest[i - 1] - 1
                if opener >= 0 and s[opener] == "(":
                    longest[i] = longest[i - 1] + 2 + (longest[opener - 1] if opener >= 1 else 0)
        return max(longest, default=0)

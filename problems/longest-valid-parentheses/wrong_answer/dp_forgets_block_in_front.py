# Bug: the DP closes a ")" correctly but forgets to join the balanced block just in front of the new one,
# so "()(())" gives 4 instead of 6.
class Solution:
    def longestValidParentheses(self, s):
        longest = [0] * len(s)
        for i in range(1, len(s)):
            if s[i] != ")":
                continue
            if s[i - 1] == "(":
                longest[i] = 2 + (longest[i - 2] if i >= 2 else 0)
            else:
                opener = i - longest[i - 1] - 1
                if opener >= 0 and s[opener] == "(":
                    longest[i] = longest[i - 1] + 2
        return max(longest, default=0)

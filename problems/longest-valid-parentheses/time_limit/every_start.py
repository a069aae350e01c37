# Quadratic: from every start, a balance counter runs right until it goes negative; on a string of opens
# it never does, so every start scans to the end (4.5 * 10^8 steps at n = 3 * 10^4).
class Solution:
    def longestValidParentheses(self, s):
        best = 0
        n = len(s)
        for start in range(n):
            balance = 0
            for end in range(start, n):
                balance += 1 if s[end] == "(" else -1
                if balance < 0:
                    break
                if balance == 0 and end - start + 1 > best:
                    best = end - start + 1
        return best

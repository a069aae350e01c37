# Bug: the one-row table is updated from the left, so one letter of s can match several letters of t at once.
class Solution:
    def numDistinct(self, s, t):
        ways = [1] + [0] * len(t)
        for letter in s:
            for j in range(1, len(t) + 1):
                if t[j - 1] == letter:
                    ways[j] += ways[j - 1]
        return ways[-1]

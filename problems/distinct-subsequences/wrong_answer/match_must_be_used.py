# Bug: when the letters match it only takes the match, forgetting the ways that skip this letter of s.
class Solution:
    def numDistinct(self, s, t):
        m, n = len(s), len(t)
        count = [[0] * (n + 1) for _ in range(m + 1)]
        for i in range(m + 1):
            count[i][0] = 1
        for i in range(1, m + 1):
            for j in range(1, n + 1):
                if s[i - 1] == t[j - 1]:
                    count[i][j] = count[i - 1][j - 1]
                else:
                    count[i][j] = count[i - 1][j]
        return count[m][n]

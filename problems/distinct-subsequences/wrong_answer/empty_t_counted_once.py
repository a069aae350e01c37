# Bug: only count[0][0] is 1; the empty prefix of t should be found once in every prefix of s.
class Solution:
    def numDistinct(self, s, t):
        m, n = len(s), len(t)
        count = [[0] * (n + 1) for _ in range(m + 1)]
        count[0][0] = 1
        for i in range(1, m + 1):
            for j in range(1, n + 1):
                count[i][j] = count[i - 1][j]
                if s[i - 1] == t[j - 1]:
                    count[i][j] += count[i - 1][j - 1]
        return count[m][n]

# Bug: the first row and column are left at 0 instead of i and j, as if a prefix against "" cost nothing.
class Solution:
    def minDistance(self, word1, word2):
        m, n = len(word1), len(word2)
        d = [[0] * (n + 1) for _ in range(m + 1)]
        for i in range(1, m + 1):
            for j in range(1, n + 1):
                if word1[i - 1] == word2[j - 1]:
                    d[i][j] = d[i - 1][j - 1]
                else:
                    d[i][j] = 1 + min(d[i - 1][j], d[i][j - 1], d[i - 1][j - 1])
        return d[m][n]

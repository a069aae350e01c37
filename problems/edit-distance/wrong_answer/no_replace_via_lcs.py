# Bug: counts only insertions and deletions (m + n - 2 * LCS), forgetting that one replace does both at once.
class Solution:
    def minDistance(self, word1, word2):
        m, n = len(word1), len(word2)
        lcs = [[0] * (n + 1) for _ in range(m + 1)]
        for i in range(1, m + 1):
            for j in range(1, n + 1):
                if word1[i - 1] == word2[j - 1]:
                    lcs[i][j] = lcs[i - 1][j - 1] + 1
                else:
                    lcs[i][j] = max(lcs[i - 1][j], lcs[i][j - 1])
        return m + n - 2 * lcs[m][n]

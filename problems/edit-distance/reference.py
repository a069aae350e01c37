class Solution:
    def minDistance(self, word1, word2):
        """d[i][j]: edits from word1[:i] to word2[:j], filled row by row."""
        m, n = len(word1), len(word2)
        d = [[0] * (n + 1) for _ in range(m + 1)]
        for i in range(m + 1):
            d[i][0] = i  # delete every letter
        for j in range(n + 1):
            d[0][j] = j  # insert every letter
        for i in range(1, m + 1):
            above, row, letter = d[i - 1], d[i], word1[i - 1]
            for j in range(1, n + 1):
                if letter == word2[j - 1]:
                    row[j] = above[j - 1]
                else:
                    row[j] = 1 + min(above[j], row[j - 1], above[j - 1])
        return d[m][n]

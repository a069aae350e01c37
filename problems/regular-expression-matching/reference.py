class Solution:
    def isMatch(self, s, p):
        """matches[i][j]: s[i:] matches p[j:], filled from the ends backwards."""
        m, n = len(s), len(p)
        matches = [[False] * (n + 1) for _ in range(m + 1)]
        matches[m][n] = True
        for i in range(m, -1, -1):
            for j in range(n - 1, -1, -1):
                first = i < m and p[j] in (s[i], ".")
                if j + 1 < n and p[j + 1] == "*":
                    matches[i][j] = matches[i][j + 2] or (first and matches[i + 1][j])
                else:
                    matches[i][j] = first and matches[i + 1][j + 1]
        return matches[0][0]

# The full (m + 1) x (n + 1) table: count[i][j] = ways to find t[:j] in s[:i].
class Solution:
    def numDistinct(self, s: str, t: str) -> int:
        m, n = len(s), len(t)
        if n > m:
            return 0
        count = [[0] * (n + 1) for _ in range(m + 1)]
        for i in range(m + 1):
            count[i][0] = 1
        for i in range(1, m + 1):
            previous, row, letter = count[i - 1], count[i], s[i - 1]
            for j in range(1, n + 1):
                row[j] = previous[j] + (previous[j - 1] if letter == t[j - 1] else 0)
        return count[m][n]

class Solution:
    def checkValidString(self, s: str) -> bool:
        """can[i][j]: s[i..j] can be made balanced. O(n^3), fine for n <= 100."""
        n = len(s)
        can = [[False] * (n + 1) for _ in range(n + 1)]  # can[i][j] for s[i:j]
        for i in range(n + 1):
            can[i][i] = True
        for length in range(1, n + 1):
            for i in range(n - length + 1):
                j = i + length
                if s[i] == "*" and can[i + 1][j]:
                    can[i][j] = True
                    continue
                if s[i] in "(*":
                    for k in range(i + 1, j):
                        if s[k] in ")*" and can[i + 1][k] and can[k + 1][j]:
                            can[i][j] = True
                            break
        return can[0][n]

class Solution:
    def isInterleave(self, s1, s2, s3):
        """ok[j] for the current row i: s3[:i + j] interleaves s1[:i] and s2[:j]."""
        m, n = len(s1), len(s2)
        if m + n != len(s3):
            return False
        ok = [True] + [False] * n
        for j in range(1, n + 1):
            ok[j] = ok[j - 1] and s2[j - 1] == s3[j - 1]
        for i in range(1, m + 1):
            ok[0] = ok[0] and s1[i - 1] == s3[i - 1]
            for j in range(1, n + 1):
                letter = s3[i + j - 1]
                ok[j] = (ok[j] and s1[i - 1] == letter) or (ok[j - 1] and s2[j - 1] == letter)
        return ok[n]

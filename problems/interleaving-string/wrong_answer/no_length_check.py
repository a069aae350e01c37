# Bug: the table is filled without first checking len(s1) + len(s2) == len(s3): an s3 with extra letters
# at the end is accepted, and a shorter one reads past its end.
class Solution:
    def isInterleave(self, s1, s2, s3):
        m, n = len(s1), len(s2)
        ok = [[False] * (n + 1) for _ in range(m + 1)]
        ok[0][0] = True
        for i in range(m + 1):
            for j in range(n + 1):
                if i > 0 and ok[i - 1][j] and s1[i - 1] == s3[i + j - 1]:
                    ok[i][j] = True
                if j > 0 and ok[i][j - 1] and s2[j - 1] == s3[i + j - 1]:
                    ok[i][j] = True
        return ok[m][n]

# Exponential: tries s1 then s2 at every letter with no memo; on runs of one letter with a false answer it
# walks all C(2n, n) orders.
class Solution:
    def isInterleave(self, s1, s2, s3):
        if len(s1) + len(s2) != len(s3):
            return False

        def can(i, j):
            if i == len(s1) and j == len(s2):
                return True
            letter = s3[i + j]
            if i < len(s1) and s1[i] == letter and can(i + 1, j):
                return True
            return j < len(s2) and s2[j] == letter and can(i, j + 1)

        return can(0, 0)

# Bug: greedy, takes the letter from s1 whenever it matches and from s2 only otherwise; never backtracks.
class Solution:
    def isInterleave(self, s1, s2, s3):
        if len(s1) + len(s2) != len(s3):
            return False
        i = j = 0
        for letter in s3:
            if i < len(s1) and s1[i] == letter:
                i += 1
            elif j < len(s2) and s2[j] == letter:
                j += 1
            else:
                return False
        return True

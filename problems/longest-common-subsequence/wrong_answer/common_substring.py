# Bug: resets to 0 on a mismatch, which computes the longest common substring (letters together).
class Solution:
    def longestCommonSubsequence(self, text1, text2):
        best, previous = 0, [0] * (len(text2) + 1)
        for a in text1:
            row = [0] * (len(text2) + 1)
            for j, b in enumerate(text2, 1):
                if a == b:
                    row[j] = previous[j - 1] + 1
                    best = max(best, row[j])
            previous = row
        return best

# Exponential: tries all three edits at every mismatch with no memo (3^k calls for k mismatching letters).
class Solution:
    def minDistance(self, word1, word2):
        def distance(i, j):
            if i == len(word1):
                return len(word2) - j
            if j == len(word2):
                return len(word1) - i
            if word1[i] == word2[j]:
                return distance(i + 1, j + 1)
            return 1 + min(distance(i + 1, j), distance(i, j + 1), distance(i + 1, j + 1))

        return distance(0, 0)

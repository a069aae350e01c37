# Bug: compares the words letter by letter at equal positions and adds the length difference (no shifting).
class Solution:
    def minDistance(self, word1, word2):
        mismatches = sum(1 for a, b in zip(word1, word2) if a != b)
        return mismatches + abs(len(word1) - len(word2))

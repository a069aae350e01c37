# Bottom-up over the shorter word with a single row and the old diagonal kept in a variable: O(min(m, n)) space.
class Solution:
    def minDistance(self, word1: str, word2: str) -> int:
        if len(word1) < len(word2):
            word1, word2 = word2, word1
        row = list(range(len(word2) + 1))
        for i, a in enumerate(word1, 1):
            diagonal, row[0] = row[0], i
            for j, b in enumerate(word2, 1):
                above = row[j]
                row[j] = diagonal if a == b else 1 + min(above, row[j - 1], diagonal)
                diagonal = above
        return row[-1]

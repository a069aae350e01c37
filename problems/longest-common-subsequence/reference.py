class Solution:
    def longestCommonSubsequence(self, text1, text2):
        """The classic table, one row at a time: row[j] = LCS of the text1 prefix so far and text2[:j]."""
        if len(text1) < len(text2):
            text1, text2 = text2, text1
        row = [0] * (len(text2) + 1)
        for letter in text1:
            diagonal = 0  # the previous row's value at j - 1
            for j, other in enumerate(text2, 1):
                above = row[j]
                row[j] = diagonal + 1 if letter == other else (above if above > row[j - 1] else row[j - 1])
                diagonal = above
        return row[-1]

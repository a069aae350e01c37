# Bit-parallel LCS (Allison-Dix / Hyyro): one big-integer row of the table's steps, updated per letter of text2.
class Solution:
    def longestCommonSubsequence(self, text1: str, text2: str) -> int:
        m = len(text1)
        full = (1 << m) - 1
        where = {}
        for i, letter in enumerate(text1):
            where[letter] = where.get(letter, 0) | (1 << i)
        row = full
        for letter in text2:
            matches = row & where.get(letter, 0)
            row = ((row + matches) | (row - matches)) & full
        return m - bin(row).count("1")

# Bug: matches each letter of text1 to the first later occurrence in text2, a greedy that can waste text2.
class Solution:
    def longestCommonSubsequence(self, text1, text2):
        position, length = 0, 0
        for letter in text1:
            found = text2.find(letter, position)
            if found >= 0:
                length += 1
                position = found + 1
        return length

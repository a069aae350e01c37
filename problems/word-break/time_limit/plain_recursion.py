# Exponential: tries every prefix that is a word, then recurses, with no memo; "aaa...ab" revisits each suffix endlessly.
class Solution:
    def wordBreak(self, s, wordDict):
        words = set(wordDict)

        def splits(start):
            if start == len(s):
                return True
            for end in range(start + 1, len(s) + 1):
                if s[start:end] in words and splits(end):
                    return True
            return False

        return splits(0)

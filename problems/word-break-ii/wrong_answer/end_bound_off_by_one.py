# Bug: the end of the next word runs over range(start + 1, min(len(s), start + 10)), one short: a word of
# the longest length (10), or one that ends the string, is never tried.
class Solution:
    def wordBreak(self, s, wordDict):
        words = set(wordDict)
        memo = {}

        def sentences(start):
            if start == len(s):
                return [""]
            if start not in memo:
                found = []
                for end in range(start + 1, min(len(s), start + 10)):
                    if s[start:end] in words:
                        found += [s[start:end] + (" " + rest if rest else "") for rest in sentences(end)]
                memo[start] = found
            return memo[start]

        return sentences(0)

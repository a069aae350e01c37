# Bug: builds each sentence as word + " " + rest, also when rest is empty, so every sentence ends in a space.
class Solution:
    def wordBreak(self, s, wordDict):
        words = set(wordDict)
        memo = {}

        def sentences(start):
            if start == len(s):
                return [""]
            if start not in memo:
                memo[start] = [s[start:end] + " " + rest
                               for end in range(start + 1, len(s) + 1) if s[start:end] in words
                               for rest in sentences(end)]
            return memo[start]

        return sentences(0)

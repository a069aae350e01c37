# Bug: for each end, stops at the first word that ends there and copies its start's flag, even when that is False.
class Solution:
    def wordBreak(self, s, wordDict):
        words = set(wordDict)
        ok = [True] + [False] * len(s)
        for end in range(1, len(s) + 1):
            for start in range(end):
                if s[start:end] in words:
                    ok[end] = ok[start]
                    break
        return ok[len(s)]

class Solution:
    def wordBreak(self, s, wordDict):
        """ok[i]: the first i letters split into words. Only word lengths that occur are tried."""
        words = set(wordDict)
        lengths = sorted({len(word) for word in words})
        ok = [True] + [False] * len(s)  # the empty prefix needs no words
        for end in range(1, len(s) + 1):
            for length in lengths:
                if length > end:
                    break
                if ok[end - length] and s[end - length:end] in words:
                    ok[end] = True
                    break
        return ok[len(s)]

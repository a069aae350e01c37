from functools import lru_cache


class Solution:
    def wordBreak(self, s, wordDict):
        """sentences(i) = every way to split s[i:], memoised; each word tried by its length (at most 10)."""
        words = set(wordDict)
        lengths = sorted({len(word) for word in words})

        @lru_cache(maxsize=None)
        def sentences(start):
            if start == len(s):
                return [""]
            found = []
            for length in lengths:
                word = s[start:start + length]
                if start + length > len(s):
                    break
                if word in words:
                    for rest in sentences(start + length):
                        found.append(word + " " + rest if rest else word)
            return found

        return sentences(0)

# Bug: stops at the first sentence found, as in Word Break I's yes/no search, instead of collecting every one.
class Solution:
    def wordBreak(self, s, wordDict):
        words = set(wordDict)

        def first(start):
            if start == len(s):
                return ""
            for end in range(start + 1, len(s) + 1):
                if s[start:end] in words:
                    rest = first(end)
                    if rest is not None:
                        return s[start:end] + (" " + rest if rest else "")
            return None

        sentence = first(0)
        return [] if sentence is None else [sentence]

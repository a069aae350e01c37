# Bug: always cuts off the longest word that matches here and never reconsiders ("abc" + "d" when "ab" + "cd" works).
class Solution:
    def wordBreak(self, s, wordDict):
        words = set(wordDict)
        start = 0
        while start < len(s):
            for end in range(len(s), start, -1):
                if s[start:end] in words:
                    start = end
                    break
            else:
                return False
        return True

# Bug: cuts off the shortest word that matches here and never backtracks ("car" + "ton..." when "carton" was needed).
class Solution:
    def wordBreak(self, s, wordDict):
        words = set(wordDict)
        start = 0
        while start < len(s):
            for end in range(start + 1, len(s) + 1):
                if s[start:end] in words:
                    start = end
                    break
            else:
                return False
        return True

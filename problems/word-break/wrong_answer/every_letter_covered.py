# Bug: only checks that every letter lies inside some occurrence of a word, so overlapping words count.
class Solution:
    def wordBreak(self, s, wordDict):
        covered = [False] * len(s)
        for word in wordDict:
            start = s.find(word)
            while start != -1:
                for i in range(start, start + len(word)):
                    covered[i] = True
                start = s.find(word, start + 1)
        return all(covered)

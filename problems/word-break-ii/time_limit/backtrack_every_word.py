# Brute force: backtracking that tries every dictionary word at every position, with no memory of suffixes
# already found to be dead ends.
class Solution:
    def wordBreak(self, s, wordDict):
        answer = []

        def extend(start, path):
            if start == len(s):
                answer.append(" ".join(path))
                return
            for word in wordDict:
                if s.startswith(word, start):
                    extend(start + len(word), path + [word])

        extend(0, [])
        return answer

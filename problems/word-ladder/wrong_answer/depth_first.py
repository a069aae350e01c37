# Bug: a depth-first search with a visited set returns the first ladder it finds, not the shortest one.
class Solution:
    def ladderLength(self, beginWord, endWord, wordList):
        words = set(wordList)
        if endWord not in words:
            return 0
        visited = {beginWord}
        stack = [(beginWord, 1)]
        while stack:
            word, count = stack.pop()
            if word == endWord:
                return count
            for i in range(len(word)):
                for letter in "abcdefghijklmnopqrstuvwxyz":
                    candidate = word[:i] + letter + word[i + 1:]
                    if candidate in words and candidate not in visited:
                        visited.add(candidate)
                        stack.append((candidate, count + 1))
        return 0

# Bug: returns the number of changes (edges) rather than the number of words in the ladder: one too few.
from collections import deque


class Solution:
    def ladderLength(self, beginWord, endWord, wordList):
        unvisited = set(wordList)
        if endWord not in unvisited:
            return 0
        queue = deque([(beginWord, 0)])
        unvisited.discard(beginWord)
        while queue:
            word, changes = queue.popleft()
            if word == endWord:
                return changes
            for i in range(len(word)):
                for letter in "abcdefghijklmnopqrstuvwxyz":
                    candidate = word[:i] + letter + word[i + 1:]
                    if candidate in unvisited:
                        unvisited.remove(candidate)
                        queue.append((candidate, changes + 1))
        return 0

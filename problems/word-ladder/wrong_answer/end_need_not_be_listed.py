# Bug: stops as soon as a generated word equals endWord, before asking whether endWord is in the list.
from collections import deque


class Solution:
    def ladderLength(self, beginWord, endWord, wordList):
        unvisited = set(wordList)
        queue = deque([(beginWord, 1)])
        while queue:
            word, words = queue.popleft()
            for i in range(len(word)):
                for letter in "abcdefghijklmnopqrstuvwxyz":
                    candidate = word[:i] + letter + word[i + 1:]
                    if candidate == endWord:
                        return words + 1
                    if candidate in unvisited:
                        unvisited.remove(candidate)
                        queue.append((candidate, words + 1))
        return 0

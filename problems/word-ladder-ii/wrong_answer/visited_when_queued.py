# Bug: Word Ladder's BFS, marking a word visited as soon as it is first queued and remembering one parent,
# so a word reached by two shortest paths keeps only the first: ladders are lost.
from collections import deque


class Solution:
    def findLadders(self, beginWord, endWord, wordList):
        words = set(wordList)
        if endWord not in words:
            return []
        parent = {beginWord: None}
        queue = deque([beginWord])
        while queue:
            word = queue.popleft()
            if word == endWord:
                break
            for i in range(len(word)):
                for letter in "abcdefghijklmnopqrstuvwxyz":
                    candidate = word[:i] + letter + word[i + 1:]
                    if candidate in words and candidate not in parent:
                        parent[candidate] = word
                        queue.append(candidate)
        if endWord not in parent:
            return []
        ladder, word = [], endWord
        while word is not None:
            ladder.append(word)
            word = parent[word]
        return [ladder[::-1]]

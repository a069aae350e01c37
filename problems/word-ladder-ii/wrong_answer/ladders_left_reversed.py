# Bug: walks the parents back from endWord but forgets to reverse, so every ladder runs from endWord to beginWord.
from collections import defaultdict


class Solution:
    def findLadders(self, beginWord, endWord, wordList):
        words = set(wordList)
        if endWord not in words:
            return []
        words.discard(beginWord)
        parents = defaultdict(list)
        level = {beginWord}
        while level and endWord not in level:
            words -= level
            following = set()
            for word in level:
                for i in range(len(word)):
                    for letter in "abcdefghijklmnopqrstuvwxyz":
                        candidate = word[:i] + letter + word[i + 1:]
                        if candidate in words:
                            following.add(candidate)
                            parents[candidate].append(word)
            level = following
        if endWord not in level:
            return []
        ladders, path = [], [endWord]

        def walk_back(word):
            if word == beginWord:
                ladders.append(path[:])
                return
            for parent in parents[word]:
                path.append(parent)
                walk_back(parent)
                path.pop()

        walk_back(endWord)
        return ladders

# Bug: removes each word from the dictionary as soon as it is reached, inside the level, so a second parent
# on the same level can no longer reach it and some shortest ladders are lost.
from collections import defaultdict


class Solution:
    def findLadders(self, beginWord, endWord, wordList):
        words = set(wordList)
        if endWord not in words:
            return []
        words.discard(beginWord)
        parents = defaultdict(list)
        level = [beginWord]
        while level and endWord not in level:
            following = []
            for word in level:
                for i in range(len(word)):
                    for letter in "abcdefghijklmnopqrstuvwxyz":
                        candidate = word[:i] + letter + word[i + 1:]
                        if candidate in words:
                            words.remove(candidate)
                            following.append(candidate)
                            parents[candidate].append(word)
            level = following
        if endWord not in level:
            return []
        ladders, path = [], [endWord]

        def walk_back(word):
            if word == beginWord:
                ladders.append(path[::-1])
                return
            for parent in parents[word]:
                path.append(parent)
                walk_back(parent)
                path.pop()

        walk_back(endWord)
        return ladders

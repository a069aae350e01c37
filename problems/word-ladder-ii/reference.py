from collections import defaultdict


class Solution:
    def findLadders(self, beginWord, endWord, wordList):
        """BFS level by level, recording every parent one level up; then walk the parents back from endWord.

        Only the paths that end at endWord are ever built, however many shortest paths lead elsewhere.
        """
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
                ladders.append(path[::-1])
                return
            for parent in parents[word]:
                path.append(parent)
                walk_back(parent)
                path.pop()

        walk_back(endWord)
        return ladders

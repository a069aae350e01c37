# BFS once for every word's distance from beginWord, then a depth-first walk back from endWord that only
# steps to neighbours exactly one level closer.
from collections import deque


class Solution:
    def findLadders(self, beginWord: str, endWord: str, wordList: List[str]) -> List[List[str]]:
        words = set(wordList)
        if endWord not in words:
            return []
        words.add(beginWord)

        def neighbours(word):
            for i in range(len(word)):
                for letter in "abcdefghijklmnopqrstuvwxyz":
                    candidate = word[:i] + letter + word[i + 1:]
                    if candidate != word and candidate in words:
                        yield candidate

        distance = {beginWord: 0}
        queue = deque([beginWord])
        while queue and endWord not in distance:
            word = queue.popleft()
            for candidate in neighbours(word):
                if candidate not in distance:
                    distance[candidate] = distance[word] + 1
                    queue.append(candidate)
        if endWord not in distance:
            return []
        ladders, path = [], [endWord]

        def walk_back(word):
            if word == beginWord:
                ladders.append(path[::-1])
                return
            for candidate in neighbours(word):
                if distance.get(candidate) == distance[word] - 1:
                    path.append(candidate)
                    walk_back(candidate)
                    path.pop()

        walk_back(endWord)
        return ladders

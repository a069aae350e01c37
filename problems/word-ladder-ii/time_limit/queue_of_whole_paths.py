# Brute force (the classic approach that times out): BFS whose queue holds whole paths, each extended by
# every unvisited neighbour, with a level's words marked visited once the level is done. Correct, but it
# extends every shortest path to every word, including the many that never reach endWord.
from collections import deque


class Solution:
    def findLadders(self, beginWord, endWord, wordList):
        words = set(wordList)
        if endWord not in words:
            return []
        ladders = []
        queue = deque([[beginWord]])
        visited = {beginWord}
        while queue and not ladders:
            used_this_level = set()
            for _ in range(len(queue)):
                path = queue.popleft()
                word = path[-1]
                for i in range(len(word)):
                    for letter in "abcdefghijklmnopqrstuvwxyz":
                        candidate = word[:i] + letter + word[i + 1:]
                        if candidate in words and candidate not in visited:
                            if candidate == endWord:
                                ladders.append(path + [candidate])
                            used_this_level.add(candidate)
                            queue.append(path + [candidate])
            visited |= used_this_level
        return ladders

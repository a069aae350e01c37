# Breadth-first search; a word's neighbours are found by trying all 26 letters in every position.
from collections import deque


class Solution:
    def ladderLength(self, beginWord: str, endWord: str, wordList: List[str]) -> int:
        unvisited = set(wordList)
        if endWord not in unvisited:
            return 0
        queue = deque([beginWord])
        unvisited.discard(beginWord)
        steps = 1
        while queue:
            steps += 1
            for _ in range(len(queue)):
                word = queue.popleft()
                for i in range(len(word)):
                    for letter in "abcdefghijklmnopqrstuvwxyz":
                        candidate = word[:i] + letter + word[i + 1:]
                        if candidate in unvisited:
                            if candidate == endWord:
                                return steps
                            unvisited.remove(candidate)
                            queue.append(candidate)
        return 0
